bool contains(std::vector<int> const& x, int target) {
    auto matches = [target](int v) { return v == target; };
#if HPX_VERSION_FULL >= 0x010600
    return hpx::any_of(hpx::execution::par, x.begin(), x.end(), matches);
#else
    return hpx::parallel::any_of(hpx::parallel::execution::par, x.begin(), x.end(), matches);
#endif
}
