size_t findClosestToPi(std::vector<double> const& x) {
    // Off by one: the last value is never considered.
    size_t best = 0;
    for (size_t i = 1; i + 1 < x.size(); ++i)
        if (std::abs(x[i] - M_PI) < std::abs(x[best] - M_PI)) best = i;
    return best;
}
