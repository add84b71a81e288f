void oneMinusInverse(std::vector<double> &x) {
    auto const step = [](double v) { return 1.0 - 1.0 / v; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::transform(hpx::execution::par, x.begin(), x.end(), x.begin(), step);
#else
    hpx::parallel::transform(hpx::parallel::execution::par, x.begin(), x.end(), x.begin(), step);
#endif
}
