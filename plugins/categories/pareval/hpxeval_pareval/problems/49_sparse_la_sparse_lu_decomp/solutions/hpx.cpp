void luFactorize(std::vector<COOElement> const& A, std::vector<double> &L, std::vector<double> &U, size_t N) {
    // Entries have distinct positions, so the scatter is race-free.
    auto scatter = [&U, N](COOElement const& e) { U[e.row * N + e.column] = e.value; };
    auto unitDiagonal = [&L, N](size_t i) { L[i * N + i] = 1.0; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::for_each(hpx::execution::par, A.begin(), A.end(), scatter);
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, N, unitDiagonal);
#else
    hpx::parallel::for_each(hpx::parallel::execution::par, A.begin(), A.end(), scatter);
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, N, unitDiagonal);
#endif
    // Step k is sequential; the rows below the pivot are updated in parallel.
    for (size_t k = 0; k < N; ++k) {
        const double pivot = U[k * N + k];
        auto eliminate = [&L, &U, N, k, pivot](size_t i) {
            const double factor = U[i * N + k] / pivot;
            L[i * N + k] = factor;
            U[i * N + k] = 0.0;
            if (factor == 0.0) return;
            for (size_t j = k + 1; j < N; ++j) U[i * N + j] -= factor * U[k * N + j];
        };
#if HPX_VERSION_FULL >= 0x010600
        hpx::experimental::for_loop(hpx::execution::par, k + 1, N, eliminate);
#else
        hpx::parallel::for_loop(hpx::parallel::execution::par, k + 1, N, eliminate);
#endif
    }
}
