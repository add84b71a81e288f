void ranks(std::vector<float> const& x, std::vector<size_t> &ranks) {
    // Sort the indices by value in parallel, then scatter each position to its index.
    std::vector<size_t> order(x.size());
    std::iota(order.begin(), order.end(), size_t{0});
    auto byValue = [&x](size_t a, size_t b) { return x[a] < x[b]; };
    auto scatter = [&](size_t r) { ranks[order[r]] = r; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::sort(hpx::execution::par, order.begin(), order.end(), byValue);
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, order.size(), scatter);
#else
    hpx::parallel::sort(hpx::parallel::execution::par, order.begin(), order.end(), byValue);
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, order.size(), scatter);
#endif
}
