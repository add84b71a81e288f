void solveLinearSystem(std::vector<COOElement> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    const long long n = static_cast<long long>(N);
    std::vector<double> U(N * N, 0.0);
    const long long nnz = static_cast<long long>(A.size());
#pragma omp parallel for schedule(static)
    for (long long p = 0; p < nnz; ++p) U[A[p].row * N + A[p].column] = A[p].value;
    std::vector<double> y(b);
    // Forward elimination: the rows below the pivot are independent within one step.
    for (long long k = 0; k < n; ++k) {
        const double pivot = U[k * n + k];
#pragma omp parallel for schedule(static)
        for (long long i = k + 1; i < n; ++i) {
            const double factor = U[i * n + k] / pivot;
            if (factor == 0.0) continue;
            for (long long j = k + 1; j < n; ++j) U[i * n + j] -= factor * U[k * n + j];
            y[i] -= factor * y[k];
        }
    }
    for (long long i = n - 1; i >= 0; --i) {
        double sum = y[i];
        for (long long j = i + 1; j < n; ++j) sum -= U[i * n + j] * x[j];
        x[i] = sum / U[i * n + i];
    }
}
