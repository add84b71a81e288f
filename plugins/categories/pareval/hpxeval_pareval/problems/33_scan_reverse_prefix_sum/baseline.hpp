#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// An inclusive scan of x read backwards: output[i] is the sum of the last i + 1 values of x.
inline void reversePrefixSum(std::vector<int> const &x, std::vector<int> &output) {
    const std::size_t n = x.size();
    int running = 0;
    for (std::size_t i = 0; i < n; ++i) {
        running += x[n - 1 - i];
        output[i] = running;
    }
}
}  // namespace baseline
