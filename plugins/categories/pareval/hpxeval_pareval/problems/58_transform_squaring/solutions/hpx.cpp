void squareEach(std::vector<int> &x) {
    auto const square = [](int &v) { v = v * v; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::for_each(hpx::execution::par, x.begin(), x.end(), square);
#else
    hpx::parallel::for_each(hpx::parallel::execution::par, x.begin(), x.end(), square);
#endif
}
