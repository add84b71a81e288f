#pragma once
#include <algorithm>
#include <limits>
#include <vector>

namespace baseline {
// Sort by x, then sweep left to right: a point only needs to be compared with the earlier points
// whose x lies closer than the best distance found so far.
inline double closestPair(std::vector<Point> const &points) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(), [](Point const &a, Point const &b) { return a.x < b.x; });
    double best = std::numeric_limits<double>::max();
    for (std::size_t i = 1; i < p.size(); ++i)
        for (std::size_t j = i; j-- > 0 && p[i].x - p[j].x < best;) {
            double const d = distance(p[i], p[j]);
            if (d < best) best = d;
        }
    return best;
}
}  // namespace baseline
