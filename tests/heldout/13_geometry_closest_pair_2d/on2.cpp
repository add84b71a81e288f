// expect: valid
// Held-out: ParEval-complexity O(n^2) answer (all pairs). Expected VALID, within 60 s at the pareval size.
double closestPair(std::vector<Point> const& points) {
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i + 1 < points.size(); ++i)
        for (size_t j = i + 1; j < points.size(); ++j) best = std::min(best, distance(points[i], points[j]));
    return best;
}
