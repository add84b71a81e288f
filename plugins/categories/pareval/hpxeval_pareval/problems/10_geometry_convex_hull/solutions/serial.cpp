static double cross(Point const &o, Point const &a, Point const &b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

void convexHull(std::vector<Point> const& points, std::vector<Point> &hull) {
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(), [](Point const &a, Point const &b) {
        return a.x != b.x ? a.x < b.x : a.y < b.y;
    });
    // Lower chain left to right, upper chain right to left; each keeps only strict left turns.
    std::vector<Point> lower, upper;
    for (Point const &q : p) {
        while (lower.size() >= 2 && cross(lower[lower.size() - 2], lower.back(), q) <= 0) lower.pop_back();
        lower.push_back(q);
    }
    for (auto it = p.rbegin(); it != p.rend(); ++it) {
        while (upper.size() >= 2 && cross(upper[upper.size() - 2], upper.back(), *it) <= 0) upper.pop_back();
        upper.push_back(*it);
    }
    hull.assign(lower.begin(), lower.end() - 1);           // the last lower point starts the upper chain
    hull.insert(hull.end(), upper.begin(), upper.end() - 1);  // the last upper point is the first lower one
}
