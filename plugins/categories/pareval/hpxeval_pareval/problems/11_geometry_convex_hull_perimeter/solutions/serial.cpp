static double cross(Point const &o, Point const &a, Point const &b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

double convexHullPerimeter(std::vector<Point> const& points) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(), [](Point const &a, Point const &b) {
        return a.x != b.x ? a.x < b.x : a.y < b.y;
    });
    std::vector<Point> lower, upper;
    for (Point const &q : p) {
        while (lower.size() >= 2 && cross(lower[lower.size() - 2], lower.back(), q) <= 0) lower.pop_back();
        lower.push_back(q);
    }
    for (auto it = p.rbegin(); it != p.rend(); ++it) {
        while (upper.size() >= 2 && cross(upper[upper.size() - 2], upper.back(), *it) <= 0) upper.pop_back();
        upper.push_back(*it);
    }
    // The lower chain runs from the leftmost to the rightmost point, the upper chain back again.
    double total = 0.0;
    for (std::size_t i = 0; i + 1 < lower.size(); ++i) total += distance(lower[i], lower[i + 1]);
    for (std::size_t i = 0; i + 1 < upper.size(); ++i) total += distance(upper[i], upper[i + 1]);
    return total;
}
