void gemv(std::vector<double> const& A, std::vector<double> const& x, std::vector<double> &y, size_t M, size_t N) {
    auto row = [&](size_t i) {
        double sum = 0.0;
        for (size_t j = 0; j < N; ++j) sum += A[i * N + j] * x[j];
        y[i] = sum;
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, M, row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, M, row);
#endif
}
