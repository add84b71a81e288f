#pragma once
#include <algorithm>
#include <vector>

namespace baseline {
// Twice the signed area of the triangle o, a, b: positive when o -> a -> b turns left.
inline double turn(Point const &o, Point const &a, Point const &b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// Andrew's monotone chain gives the hull vertices in order around the polygon; the perimeter is
// the sum of the lengths of its edges, the closing edge included.
inline double convexHullPerimeter(std::vector<Point> const &points) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(),
              [](Point const &a, Point const &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    std::size_t const n = p.size();
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
    // h[0..k-1] is closed: h[k-1] repeats h[0].
    double perimeter = 0.0;
    for (std::size_t i = 0; i + 1 < k; ++i) perimeter += distance(h[i], h[i + 1]);
    return perimeter;
}
}  // namespace baseline
