#pragma once
#include <vector>

namespace baseline {
inline void jacobi1D(std::vector<double> const &input, std::vector<double> &output) {
    std::size_t const n = input.size();
    for (std::size_t i = 0; i < n; ++i) {
        double const left = i > 0 ? input[i - 1] : 0.0;
        double const right = i + 1 < n ? input[i + 1] : 0.0;
        output[i] = (left + input[i] + right) / 3.0;
    }
}
}  // namespace baseline
