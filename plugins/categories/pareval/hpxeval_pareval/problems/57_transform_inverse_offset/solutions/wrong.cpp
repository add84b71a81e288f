void oneMinusInverse(std::vector<double> &x) {
    // Off by one: the last value is left unchanged.
    for (std::size_t i = 0; i + 1 < x.size(); ++i) x[i] = 1.0 - 1.0 / x[i];
}
