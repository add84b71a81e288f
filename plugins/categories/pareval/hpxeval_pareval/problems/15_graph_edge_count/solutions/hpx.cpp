int edgeCount(std::vector<int> const& A, size_t N) {
    // Entries are 0 or 1: the edge count is their sum.
#if HPX_VERSION_FULL >= 0x010600
    long long const edges = hpx::reduce(hpx::execution::par, A.begin(), A.begin() + N * N, 0LL);
#else
    long long const edges =
        hpx::parallel::reduce(hpx::parallel::execution::par, A.begin(), A.begin() + N * N, 0LL);
#endif
    return static_cast<int>(edges);
}
