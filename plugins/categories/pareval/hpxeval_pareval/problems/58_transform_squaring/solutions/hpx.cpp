void squareEach(std::vector<int> &x) {
    int *data = x.data();
    auto const square = [data](std::size_t i) { data[i] = data[i] * data[i]; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t(0), x.size(), square);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t(0), x.size(), square);
#endif
}
