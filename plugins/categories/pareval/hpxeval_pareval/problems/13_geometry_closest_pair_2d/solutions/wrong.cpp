double closestPair(std::vector<Point> const& points) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j + 1 < points.size(); ++j)  // off by one: never pairs with the last point
            best = std::min(best, distance(points[i], points[j]));
    return best;
}
