void gemm(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C, size_t M, size_t K, size_t N) {
    // Each task computes whole rows of C.
    auto row = [&](size_t i) {
        double *c = &C[i * N];
        for (size_t j = 0; j < N; ++j) c[j] = 0.0;
        for (size_t k = 0; k < K; ++k) {
            const double a = A[i * K + k];
            const double *bRow = &B[k * N];
            for (size_t j = 0; j < N; ++j) c[j] += a * bRow[j];
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, M, row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, M, row);
#endif
}
