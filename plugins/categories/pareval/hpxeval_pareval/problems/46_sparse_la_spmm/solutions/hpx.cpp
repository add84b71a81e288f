void spmm(std::vector<COOElement> const& A, std::vector<COOElement> const& X, std::vector<double> &Y, size_t M, size_t K, size_t N) {
    // Row offsets of X and of A (both are sorted by row).
    std::vector<size_t> xStart(K + 1, 0), aStart(M + 1, 0);
    for (COOElement const& e : X) ++xStart[e.row + 1];
    for (size_t k = 0; k < K; ++k) xStart[k + 1] += xStart[k];
    for (COOElement const& e : A) ++aStart[e.row + 1];
    for (size_t i = 0; i < M; ++i) aStart[i + 1] += aStart[i];
    // Each task owns whole rows of Y.
    auto row = [&](size_t i) {
        double *y = &Y[i * N];
        for (size_t j = 0; j < N; ++j) y[j] = 0.0;
        for (size_t p = aStart[i]; p < aStart[i + 1]; ++p) {
            const double a = A[p].value;
            const size_t k = A[p].column;
            for (size_t q = xStart[k]; q < xStart[k + 1]; ++q) y[X[q].column] += a * X[q].value;
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, M, row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, M, row);
#endif
}
