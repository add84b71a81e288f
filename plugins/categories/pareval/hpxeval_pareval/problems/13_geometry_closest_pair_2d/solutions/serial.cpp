double closestPair(std::vector<Point> const& points) {
    // Sort by x and sweep; stop looking back once the x gap alone exceeds the best distance.
    std::vector<Point> p(points);
    std::sort(p.begin(), p.end(), [](Point const &a, Point const &b) { return a.x < b.x; });
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < p.size(); ++i) {
        for (std::size_t j = i; j > 0; --j) {
            if (p[i].x - p[j - 1].x >= best) break;
            best = std::min(best, distance(p[i], p[j - 1]));
        }
    }
    return best;
}
