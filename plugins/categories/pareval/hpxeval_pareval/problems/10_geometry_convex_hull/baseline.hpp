#pragma once
#include <algorithm>
#include <vector>

namespace baseline {
// Twice the signed area of the triangle o, a, b: positive when o -> a -> b turns left.
inline double turn(Point const &o, Point const &a, Point const &b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Andrew's monotone chain: sort by x (then y), then build the lower and the upper chain,
// dropping every point that does not make a strict left turn. Vertices come out counter-clockwise.
inline void convexHull(std::vector<Point> const &points, std::vector<Point> &hull) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(),
              [](Point const &a, Point const &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    std::size_t const n = p.size();
    if (n < 3) {
        hull = p;
        return;
    }
    std::vector<Point> h(2 * n);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
        while (k >= 2 && turn(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    std::size_t const lower = k + 1;
    for (std::size_t i = n - 1; i-- > 0;) {
        while (k >= lower && turn(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    h.resize(k - 1);  // the last point repeats the first
    hull = h;
}
}  // namespace baseline
