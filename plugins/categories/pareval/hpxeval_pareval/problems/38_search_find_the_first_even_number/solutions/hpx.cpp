size_t findFirstEven(std::vector<int> const& x) {
    auto isEven = [](int v) { return v % 2 == 0; };
#if HPX_VERSION_FULL >= 0x010600
    auto it = hpx::find_if(hpx::execution::par, x.begin(), x.end(), isEven);
#else
    auto it = hpx::parallel::find_if(hpx::parallel::execution::par, x.begin(), x.end(), isEven);
#endif
    return static_cast<size_t>(it - x.begin());
}
