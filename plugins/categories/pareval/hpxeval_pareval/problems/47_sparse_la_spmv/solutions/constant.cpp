void spmv(double alpha, std::vector<COOElement> const& A, std::vector<double> const& x, double beta, std::vector<double> &y, size_t M, size_t N) {
    for (size_t i = 0; i < M; ++i) y[i] = 0.0;
}
