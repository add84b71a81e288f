#pragma once
#include <algorithm>
#include <limits>
#include <vector>

namespace baseline {
// After sorting, the closest two values are neighbours.
inline double closestPair(std::vector<double> const &x) {
    std::vector<double> v(x);
    std::sort(v.begin(), v.end());
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 1; i < v.size(); ++i) {
        double const d = distance(v[i - 1], v[i]);
        if (d < best) best = d;
    }
    return best;
}
}  // namespace baseline
