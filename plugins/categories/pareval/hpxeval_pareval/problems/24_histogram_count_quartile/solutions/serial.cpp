void countQuartiles(std::vector<double> const& x, std::array<size_t, 4> &bins) {
    bins.fill(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
        double const frac = x[i] - std::floor(x[i]);
        ++bins[frac < 0.25 ? 0 : frac < 0.5 ? 1 : frac < 0.75 ? 2 : 3];
    }
}
