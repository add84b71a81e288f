void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // An inclusive scan over the reversed sequences.
#if HPX_VERSION_FULL >= 0x010600
    hpx::inclusive_scan(hpx::execution::par, x.rbegin(), x.rend(), output.rbegin());
#else
    hpx::parallel::inclusive_scan(hpx::parallel::execution::par, x.rbegin(), x.rend(), output.rbegin());
#endif
}
