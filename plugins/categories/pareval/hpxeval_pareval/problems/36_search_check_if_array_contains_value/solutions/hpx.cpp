bool contains(std::vector<int> const& x, int target) {
#if HPX_VERSION_FULL >= 0x010600
    return hpx::find(hpx::execution::par, x.begin(), x.end(), target) != x.end();
#else
    return hpx::parallel::find(hpx::parallel::execution::par, x.begin(), x.end(), target) != x.end();
#endif
}
