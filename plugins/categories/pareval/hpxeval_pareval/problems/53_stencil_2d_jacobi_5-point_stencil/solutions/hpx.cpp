void jacobi2D(std::vector<double> const& input, std::vector<double> &output, size_t N) {
    // One loop iteration per row; the rows are independent.
    auto const row = [&](std::size_t i) {
        for (std::size_t j = 0; j < N; ++j) {
            double sum = input[i * N + j];
            if (i > 0) sum += input[(i - 1) * N + j];
            if (i + 1 < N) sum += input[(i + 1) * N + j];
            if (j > 0) sum += input[i * N + j - 1];
            if (j + 1 < N) sum += input[i * N + j + 1];
            output[i * N + j] = sum / 5.0;
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t(0), N, row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t(0), N, row);
#endif
}
