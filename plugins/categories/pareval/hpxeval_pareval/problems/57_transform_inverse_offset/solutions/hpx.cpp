void oneMinusInverse(std::vector<double> &x) {
    double *data = x.data();
    auto const step = [data](std::size_t i) { data[i] = 1.0 - 1.0 / data[i]; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t(0), x.size(), step);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t(0), x.size(), step);
#endif
}
