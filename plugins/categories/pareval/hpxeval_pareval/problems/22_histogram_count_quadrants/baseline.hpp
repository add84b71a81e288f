#pragma once
#include <array>
#include <string>
#include <vector>

namespace baseline {
inline void countQuadrants(std::vector<Point> const &x, std::array<size_t, 4> &bins) {
    bins.fill(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const Point &p = x[i];
        ++bins[p.x >= 0 ? (p.y >= 0 ? 0 : 3) : (p.y >= 0 ? 1 : 2)];
    }
}
}  // namespace baseline
