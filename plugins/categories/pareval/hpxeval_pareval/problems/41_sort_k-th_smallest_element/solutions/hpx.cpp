int findKthSmallest(std::vector<int> const& x, int k) {
    // Sort a copy in parallel and pick the value at position k-1.
    std::vector<int> v(x);
#if HPX_VERSION_FULL >= 0x010600
    hpx::sort(hpx::execution::par, v.begin(), v.end());
#else
    hpx::parallel::sort(hpx::parallel::execution::par, v.begin(), v.end());
#endif
    return v[k - 1];
}
