size_t findClosestToPi(std::vector<double> const& x) {
    size_t best = 0;
    double bestDistance = std::abs(x[0] - M_PI);
    for (size_t i = 1; i < x.size(); ++i) {
        double d = std::abs(x[i] - M_PI);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}
