void binsBy10Count(std::vector<double> const& x, std::array<size_t, 10> &bins) {
    bins.fill(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
        ++bins[x[i] >= 100.0 ? 9 : static_cast<std::size_t>(x[i] / 10.0)];
    }
}
