int smallestOdd(std::vector<int> const& x) {
#if HPX_VERSION_FULL >= 0x010600
    auto const policy = hpx::execution::par;
#else
    auto const policy = hpx::parallel::execution::par;
#endif
    auto const odd_or_max = [](int v) { return v % 2 != 0 ? v : std::numeric_limits<int>::max(); };
    auto const smaller = [](int a, int b) { return a < b ? a : b; };
#if HPX_VERSION_FULL >= 0x010600
    return hpx::transform_reduce(policy, x.begin(), x.end(), std::numeric_limits<int>::max(), smaller, odd_or_max);
#else
    return hpx::parallel::transform_reduce(policy, x.begin(), x.end(), std::numeric_limits<int>::max(), smaller,
                                           odd_or_max);
#endif
}
