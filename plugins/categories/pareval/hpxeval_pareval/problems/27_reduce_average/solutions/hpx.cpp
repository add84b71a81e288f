double average(std::vector<double> const& x) {
#if HPX_VERSION_FULL >= 0x010600
    auto const policy = hpx::execution::par;
#else
    auto const policy = hpx::parallel::execution::par;
#endif
#if HPX_VERSION_FULL >= 0x010600
    double const sum = hpx::reduce(policy, x.begin(), x.end(), 0.0);
#else
    double const sum = hpx::parallel::reduce(policy, x.begin(), x.end(), 0.0);
#endif
    return sum / static_cast<double>(x.size());
}
