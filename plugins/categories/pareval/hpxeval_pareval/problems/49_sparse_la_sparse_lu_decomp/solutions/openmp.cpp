void luFactorize(std::vector<COOElement> const& A, std::vector<double> &L, std::vector<double> &U, size_t N) {
    const long long n = static_cast<long long>(N);
    const long long nnz = static_cast<long long>(A.size());
    // Entries have distinct positions, so the scatter is race-free.
#pragma omp parallel for schedule(static)
    for (long long p = 0; p < nnz; ++p) U[A[p].row * N + A[p].column] = A[p].value;
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) L[i * n + i] = 1.0;
    // Step k is sequential; the rows below the pivot are independent within a step.
    for (long long k = 0; k < n; ++k) {
        const double pivot = U[k * n + k];
#pragma omp parallel for schedule(static)
        for (long long i = k + 1; i < n; ++i) {
            const double factor = U[i * n + k] / pivot;
            L[i * n + k] = factor;
            U[i * n + k] = 0.0;
            if (factor == 0.0) continue;
            for (long long j = k + 1; j < n; ++j) U[i * n + j] -= factor * U[k * n + j];
        }
    }
}
