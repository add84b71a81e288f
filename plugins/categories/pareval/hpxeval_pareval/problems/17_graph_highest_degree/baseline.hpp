#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// The degree of vertex i is the sum of row i (entries are 0 or 1, the diagonal is 0).
inline int maxDegree(std::vector<int> const &A, std::size_t N) {
    int highest = 0;
    for (std::size_t i = 0; i < N; ++i) {
        int degree = 0;
        for (std::size_t j = 0; j < N; ++j) degree += A[i * N + j];
        if (degree > highest) highest = degree;
    }
    return highest;
}
}  // namespace baseline
