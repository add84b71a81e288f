#pragma once
#include <algorithm>
#include <complex>
#include <vector>

namespace baseline {
inline void sortComplexByMagnitude(std::vector<std::complex<double>> &x) {
    std::sort(x.begin(), x.end(),
              [](std::complex<double> const &a, std::complex<double> const &b) { return std::abs(a) < std::abs(b); });
}
}  // namespace baseline
