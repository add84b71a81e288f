#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// Breadth-first search from source, level by level, until dest is reached.
inline int shortestPathLength(std::vector<int> const &A, std::size_t N, int source, int dest) {
    if (source == dest) return 0;
    std::vector<char> seen(N, 0);
    std::vector<std::size_t> frontier{static_cast<std::size_t>(source)}, next;
    seen[source] = 1;
    for (int length = 1; !frontier.empty(); ++length) {
        next.clear();
        for (std::size_t u : frontier)
            for (std::size_t v = 0; v < N; ++v)
                if (A[u * N + v] != 0 && !seen[v]) {
                    if (v == static_cast<std::size_t>(dest)) return length;
                    seen[v] = 1;
                    next.push_back(v);
                }
        frontier.swap(next);
    }
    return -1;
}
}  // namespace baseline
