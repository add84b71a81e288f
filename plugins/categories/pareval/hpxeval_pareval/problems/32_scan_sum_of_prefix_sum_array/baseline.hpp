#pragma once
#include <vector>

namespace baseline {
inline double sumOfPrefixSum(std::vector<double> const &x) {
    double prefix = 0.0, total = 0.0;
    for (double v : x) {
        prefix += v;
        total += prefix;
    }
    return total;
}
}  // namespace baseline
