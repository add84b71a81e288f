void solveLinearSystem(std::vector<COOElement> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    std::vector<double> U(N * N, 0.0);
    auto scatter = [&](COOElement const& e) { U[e.row * N + e.column] = e.value; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::for_each(hpx::execution::par, A.begin(), A.end(), scatter);
#else
    hpx::parallel::for_each(hpx::parallel::execution::par, A.begin(), A.end(), scatter);
#endif
    std::vector<double> y(b);
    // Forward elimination: step k is sequential, the rows below the pivot are updated in parallel.
    for (size_t k = 0; k < N; ++k) {
        const double pivot = U[k * N + k];
        auto eliminate = [&U, &y, N, k, pivot](size_t i) {
            const double factor = U[i * N + k] / pivot;
            if (factor == 0.0) return;
            for (size_t j = k + 1; j < N; ++j) U[i * N + j] -= factor * U[k * N + j];
            y[i] -= factor * y[k];
        };
#if HPX_VERSION_FULL >= 0x010600
        hpx::experimental::for_loop(hpx::execution::par, k + 1, N, eliminate);
#else
        hpx::parallel::for_loop(hpx::parallel::execution::par, k + 1, N, eliminate);
#endif
    }
    for (size_t r = 0; r < N; ++r) {
        const size_t i = N - 1 - r;
        double sum = y[i];
        for (size_t j = i + 1; j < N; ++j) sum -= U[i * N + j] * x[j];
        x[i] = sum / U[i * N + i];
    }
}
