#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline void axpy(double alpha, std::vector<double> const &x, std::vector<double> const &y, std::vector<double> &z) {
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) z[i] = alpha * x[i] + y[i];
}
}  // namespace baseline
