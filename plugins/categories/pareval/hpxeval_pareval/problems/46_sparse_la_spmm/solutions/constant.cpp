void spmm(std::vector<COOElement> const& A, std::vector<COOElement> const& X, std::vector<double> &Y, size_t M, size_t K, size_t N) {
    for (size_t i = 0; i < M * N; ++i) Y[i] = 0.0;
}
