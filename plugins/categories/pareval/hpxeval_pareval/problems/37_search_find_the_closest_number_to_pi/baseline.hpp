#pragma once
#include <cmath>
#include <cstddef>
#include <vector>

namespace baseline {
inline std::size_t findClosestToPi(std::vector<double> const &x) {
    std::size_t best = 0;
    double bestDistance = std::fabs(x[0] - M_PI);
    for (std::size_t i = 1; i < x.size(); ++i) {
        const double d = std::fabs(x[i] - M_PI);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}
}  // namespace baseline
