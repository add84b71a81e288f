void solveLinearSystem(std::vector<COOElement> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    std::vector<double> U(N * N, 0.0);
    for (COOElement const& e : A) U[e.row * N + e.column] = e.value;
    std::vector<double> y(b);
    for (size_t k = 0; k < N; ++k) {
        for (size_t i = k + 1; i < N; ++i) {
            const double factor = U[i * N + k] / U[k * N + k];
            if (factor == 0.0) continue;  // nothing to eliminate in this row
            for (size_t j = k; j < N; ++j) U[i * N + j] -= factor * U[k * N + j];
            y[i] -= factor * y[k];
        }
    }
    for (size_t r = 0; r < N; ++r) {
        const size_t i = N - 1 - r;
        double sum = y[i];
        for (size_t j = i + 1; j < N; ++j) sum -= U[i * N + j] * x[j];
        x[i] = sum / U[i * N + i];
    }
}
