#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline void prefixSum(std::vector<double> const &x, std::vector<double> &output) {
    double running = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        running += x[i];
        output[i] = running;
    }
}
}  // namespace baseline
