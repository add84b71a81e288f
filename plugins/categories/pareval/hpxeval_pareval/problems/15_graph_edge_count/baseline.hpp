#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// Every entry is 0 or 1 (the diagonal included), so the number of edges is the sum of all entries.
inline int edgeCount(std::vector<int> const &A, std::size_t N) {
    long long count = 0;
    for (std::size_t i = 0; i < N * N; ++i) count += A[i];
    return static_cast<int>(count);
}
}  // namespace baseline
