double closestPair(std::vector<double> const& x) {
    std::vector<double> sorted(x);
    std::sort(sorted.begin(), sorted.end());
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < sorted.size(); ++i) best = std::min(best, sorted[i + 1] - sorted[i]);
    return best;
}
