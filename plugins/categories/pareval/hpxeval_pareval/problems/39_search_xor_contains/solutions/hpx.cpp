bool xorContains(std::vector<int> const& x, std::vector<int> const& y, int val) {
    // Search both vectors at the same time; each search is itself parallel.
    auto search = [val](std::vector<int> const& v) {
        auto matches = [val](int e) { return e == val; };
#if HPX_VERSION_FULL >= 0x010600
        return hpx::any_of(hpx::execution::par, v.begin(), v.end(), matches);
#else
        return hpx::parallel::any_of(hpx::parallel::execution::par, v.begin(), v.end(), matches);
#endif
    };
    hpx::future<bool> inX = hpx::async([&]() { return search(x); });
    const bool inY = search(y);
    return inX.get() != inY;
}
