void gemm(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C, size_t M, size_t K, size_t N) {
    const long long m = static_cast<long long>(M);
    // Each thread owns whole rows of C.
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < m; ++i) {
        double *c = &C[i * N];
        for (size_t j = 0; j < N; ++j) c[j] = 0.0;
        for (size_t k = 0; k < K; ++k) {
            const double a = A[i * K + k];
            const double *bRow = &B[k * N];
            for (size_t j = 0; j < N; ++j) c[j] += a * bRow[j];
        }
    }
}
