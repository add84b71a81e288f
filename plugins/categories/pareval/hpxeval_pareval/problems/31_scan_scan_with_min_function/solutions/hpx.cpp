void partialMinimums(std::vector<float> &x) {
    auto smaller = [](float a, float b) { return a < b ? a : b; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::inclusive_scan(hpx::execution::par, x.begin(), x.end(), x.begin(), smaller);
#else
    hpx::parallel::inclusive_scan(hpx::parallel::execution::par, x.begin(), x.end(), x.begin(), smaller);
#endif
}
