// expect: invalid
// Held-out: chunks of 128 with the last partial chunk skipped. Expected INVALID.
void axpy(double alpha, std::vector<double> const& x, std::vector<double> const& y, std::vector<double> &z) {
    const size_t n = x.size(), e = n < 128 ? n : (n / 128) * 128;
    for (size_t i = 0; i < e; ++i) z[i] = alpha * x[i] + y[i];
}
