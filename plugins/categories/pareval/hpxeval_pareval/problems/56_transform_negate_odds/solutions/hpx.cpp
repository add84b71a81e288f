void negateOddsAndHalveEvens(std::vector<int> &x) {
    int *data = x.data();
    auto const step = [data](std::size_t i) { data[i] = (data[i] % 2 != 0) ? -data[i] : data[i] / 2; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t(0), x.size(), step);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t(0), x.size(), step);
#endif
}
