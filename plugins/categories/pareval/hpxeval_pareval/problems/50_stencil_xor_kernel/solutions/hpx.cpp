void cellsXOR(std::vector<int> const& input, std::vector<int> &output, size_t N) {
    // One loop iteration per row; the rows are independent.
    auto const row = [&](std::size_t i) {
        for (std::size_t j = 0; j < N; ++j) {
            int ones = 0;
            if (i > 0) ones += input[(i - 1) * N + j];
            if (i + 1 < N) ones += input[(i + 1) * N + j];
            if (j > 0) ones += input[i * N + j - 1];
            if (j + 1 < N) ones += input[i * N + j + 1];
            output[i * N + j] = ones == 1 ? 1 : 0;
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t(0), N, row);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t(0), N, row);
#endif
}
