#pragma once
#include <limits>
#include <vector>

namespace baseline {
// Every triple i < j < k once.
inline double smallestArea(std::vector<Point> const &points) {
    std::size_t const n = points.size();
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            for (std::size_t k = j + 1; k < n; ++k) {
                double const a = triangleArea(points[i], points[j], points[k]);
                if (a < best) best = a;
            }
    return best;
}
}  // namespace baseline
