void negateOddsAndHalveEvens(std::vector<int> &x) {
    auto const step = [](int v) { return (v % 2 != 0) ? -v : v / 2; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::transform(hpx::execution::par, x.begin(), x.end(), x.begin(), step);
#else
    hpx::parallel::transform(hpx::parallel::execution::par, x.begin(), x.end(), x.begin(), step);
#endif
}
