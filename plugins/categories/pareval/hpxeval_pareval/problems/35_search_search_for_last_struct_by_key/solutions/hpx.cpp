size_t findLastShortBook(std::vector<Book> const& books) {
    auto isShort = [](Book const& b) { return b.pages < 100; };
#if HPX_VERSION_FULL >= 0x010600
    // Search the reversed sequence for the first short book.
    auto it = hpx::find_if(hpx::execution::par, books.rbegin(), books.rend(), isShort);
    if (it == books.rend()) return books.size();
    return static_cast<size_t>(books.rend() - it) - 1;
#else
    // HPX 1.5's parallel find_if does not accept iterators to const elements: one task per
    // chunk searches it from its end, and the largest index found wins.
    const size_t n = books.size();
    const size_t chunks = std::max<size_t>(1, 4 * hpx::get_os_thread_count());
    std::vector<hpx::future<size_t>> parts;
    parts.reserve(chunks);
    for (size_t c = 0; c < chunks; ++c) {
        const size_t lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&books, isShort, lo, hi, n]() {
            for (size_t i = hi; i > lo; --i)
                if (isShort(books[i - 1])) return i - 1;
            return n;
        }));
    }
    size_t last = n;
    for (auto& part : parts) {
        const size_t found = part.get();
        if (found != n && (last == n || found > last)) last = found;
    }
    return last;
#endif
}
