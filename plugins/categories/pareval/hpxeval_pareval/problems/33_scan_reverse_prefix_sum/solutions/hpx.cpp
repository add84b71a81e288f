void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // An inclusive scan of x read backwards, written to output front to back.
#if HPX_VERSION_FULL >= 0x010600
    hpx::inclusive_scan(hpx::execution::par, x.rbegin(), x.rend(), output.begin());
#else
    hpx::parallel::inclusive_scan(hpx::parallel::execution::par, x.rbegin(), x.rend(), output.begin());
#endif
}
