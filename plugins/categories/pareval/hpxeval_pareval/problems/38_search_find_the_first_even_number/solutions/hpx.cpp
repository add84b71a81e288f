size_t findFirstEven(std::vector<int> const& x) {
    auto isEven = [](int v) { return v % 2 == 0; };
#if HPX_VERSION_FULL >= 0x010600
    auto it = hpx::find_if(hpx::execution::par, x.begin(), x.end(), isEven);
    return static_cast<size_t>(it - x.begin());
#else
    // HPX 1.5's parallel find_if does not accept iterators to const elements: one task per
    // chunk searches it, and the smallest index found wins.
    const size_t n = x.size();
    const size_t chunks = std::max<size_t>(1, 4 * hpx::get_os_thread_count());
    std::vector<hpx::future<size_t>> parts;
    parts.reserve(chunks);
    for (size_t c = 0; c < chunks; ++c) {
        const size_t lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&x, isEven, lo, hi, n]() {
            auto it = std::find_if(x.begin() + lo, x.begin() + hi, isEven);
            return it == x.begin() + hi ? n : static_cast<size_t>(it - x.begin());
        }));
    }
    size_t first = n;
    for (auto& part : parts) first = std::min(first, part.get());
    return first;
#endif
}
