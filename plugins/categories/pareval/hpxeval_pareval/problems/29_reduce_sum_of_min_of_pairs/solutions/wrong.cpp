double sumOfMinimumElements(std::vector<double> const& x, std::vector<double> const& y) {
    // Wrong: skips the first pair.
    double sum = 0.0;
    for (std::size_t i = 1; i < x.size(); ++i) sum += std::min(x[i], y[i]);
    return sum;
}
