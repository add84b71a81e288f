#pragma once
#include <vector>

namespace baseline {
inline void oneMinusInverse(std::vector<double> &x) {
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = 1.0 - 1.0 / x[i];
}
}  // namespace baseline
