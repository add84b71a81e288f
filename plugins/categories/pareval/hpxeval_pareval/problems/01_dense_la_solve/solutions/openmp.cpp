void solveLinearSystem(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    std::vector<double> U(A);
    std::vector<double> y(b);
    const long long n = static_cast<long long>(N);
    // Forward elimination: the rows below the pivot are independent within one step.
    for (long long k = 0; k < n; ++k) {
        const double pivot = U[k * n + k];
#pragma omp parallel for schedule(static)
        for (long long i = k + 1; i < n; ++i) {
            const double factor = U[i * n + k] / pivot;
            for (long long j = k + 1; j < n; ++j) U[i * n + j] -= factor * U[k * n + j];
            y[i] -= factor * y[k];
        }
    }
    // Back substitution (O(N^2), negligible next to the elimination).
    for (long long i = n - 1; i >= 0; --i) {
        double sum = y[i];
        for (long long j = i + 1; j < n; ++j) sum -= U[i * n + j] * x[j];
        x[i] = sum / U[i * n + i];
    }
}
