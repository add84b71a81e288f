void jacobi1D(std::vector<double> const& input, std::vector<double> &output) {
    std::size_t const n = input.size();
    auto const point = [&](std::size_t i) {
        double const left = i > 0 ? input[i - 1] : 0.0;
        double const right = i + 1 < n ? input[i + 1] : 0.0;
        output[i] = (left + input[i] + right) / 3.0;
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t(0), n, point);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t(0), n, point);
#endif
}
