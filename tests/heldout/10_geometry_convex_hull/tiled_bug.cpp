// expect: invalid
// Held-out: monotone chain on the first floor(n/128)*128 points only (last partial tile dropped). Expected INVALID.
void convexHull(std::vector<Point> const& points, std::vector<Point> &hull) {
    const size_t m = points.size() < 128 ? points.size() : (points.size() / 128) * 128;
    std::vector<Point> p(points.begin(), points.begin() + m);
    std::sort(p.begin(), p.end(), [](Point const& a, Point const& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    auto cr = [](Point const& o, Point const& a, Point const& b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); };
    std::vector<Point> h(2 * m);
    size_t k = 0;
    for (size_t i = 0; i < m; ++i) { while (k >= 2 && cr(h[k - 2], h[k - 1], p[i]) <= 0) --k; h[k++] = p[i]; }
    for (size_t i = m - 1, t = k + 1; i-- > 0;) { while (k >= t && cr(h[k - 2], h[k - 1], p[i]) <= 0) --k; h[k++] = p[i]; }
    h.resize(k - 1);
    hull = h;
}
