void prefixSum(std::vector<double> const& x, std::vector<double> &output) {
#if HPX_VERSION_FULL >= 0x010600
    hpx::inclusive_scan(hpx::execution::par, x.begin(), x.end(), output.begin());
#else
    hpx::parallel::inclusive_scan(hpx::parallel::execution::par, x.begin(), x.end(), output.begin());
#endif
}
