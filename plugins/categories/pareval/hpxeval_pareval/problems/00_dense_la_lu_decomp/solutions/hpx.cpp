void luFactorize(std::vector<double> &A, size_t N) {
    // Step k is sequential; the rows below the pivot are updated in parallel.
    for (size_t k = 0; k < N; ++k) {
        const double pivot = A[k * N + k];
        auto updateRow = [&A, N, k, pivot](size_t i) {
            const double factor = A[i * N + k] / pivot;
            A[i * N + k] = factor;
            for (size_t j = k + 1; j < N; ++j) A[i * N + j] -= factor * A[k * N + j];
        };
#if HPX_VERSION_FULL >= 0x010600
        hpx::experimental::for_loop(hpx::execution::par, k + 1, N, updateRow);
#else
        hpx::parallel::for_loop(hpx::parallel::execution::par, k + 1, N, updateRow);
#endif
    }
}
