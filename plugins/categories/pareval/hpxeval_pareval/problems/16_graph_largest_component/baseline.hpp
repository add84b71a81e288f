#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// Depth-first search from every vertex not yet reached; each search counts one component.
inline int largestComponent(std::vector<int> const &A, std::size_t N) {
    std::vector<char> seen(N, 0);
    std::vector<std::size_t> stack;
    int largest = 0;
    for (std::size_t s = 0; s < N; ++s) {
        if (seen[s]) continue;
        seen[s] = 1;
        stack.assign(1, s);
        int size = 0;
        while (!stack.empty()) {
            std::size_t const u = stack.back();
            stack.pop_back();
            ++size;
            for (std::size_t v = 0; v < N; ++v)
                if (A[u * N + v] != 0 && !seen[v]) {
                    seen[v] = 1;
                    stack.push_back(v);
                }
        }
        if (size > largest) largest = size;
    }
    return largest;
}
}  // namespace baseline
