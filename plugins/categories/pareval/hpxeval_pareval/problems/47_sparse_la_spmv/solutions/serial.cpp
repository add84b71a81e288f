void spmv(double alpha, std::vector<COOElement> const& A, std::vector<double> const& x, double beta, std::vector<double> &y, size_t M, size_t N) {
    for (size_t i = 0; i < M; ++i) y[i] *= beta;
    // Entries are sorted by row: accumulate each row's sum, then add it once.
    size_t p = 0;
    while (p < A.size()) {
        const size_t row = A[p].row;
        double sum = 0.0;
        for (; p < A.size() && A[p].row == row; ++p) sum += A[p].value * x[A[p].column];
        y[row] += alpha * sum;
    }
}
