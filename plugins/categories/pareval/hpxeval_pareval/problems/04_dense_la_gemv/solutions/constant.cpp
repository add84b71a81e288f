void gemv(std::vector<double> const& A, std::vector<double> const& x, std::vector<double> &y, size_t M, size_t N) {
    for (size_t i = 0; i < M; ++i) y[i] = 0.0;
}
