void axpy(double alpha, std::vector<double> const& x, std::vector<double> const& y, std::vector<double> &z) {
    // Off by one: the last element is never written.
    for (size_t i = 0; i + 1 < x.size(); ++i) z[i] = alpha * x[i] + y[i];
}
