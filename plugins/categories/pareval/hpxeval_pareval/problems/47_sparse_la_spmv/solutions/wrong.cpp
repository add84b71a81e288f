void spmv(double alpha, std::vector<COOElement> const& A, std::vector<double> const& x, double beta, std::vector<double> &y, size_t M, size_t N) {
    // Off by one: the last entry of y is not scaled by beta.
    for (size_t i = 0; i + 1 < M; ++i) y[i] *= beta;
    for (COOElement const& e : A) y[e.row] += alpha * e.value * x[e.column];
}
