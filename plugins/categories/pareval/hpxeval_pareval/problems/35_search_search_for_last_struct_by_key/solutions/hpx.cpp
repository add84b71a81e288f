size_t findLastShortBook(std::vector<Book> const& books) {
    // Search the reversed sequence for the first short book.
    auto isShort = [](Book const& b) { return b.pages < 100; };
#if HPX_VERSION_FULL >= 0x010600
    auto it = hpx::find_if(hpx::execution::par, books.rbegin(), books.rend(), isShort);
#else
    auto it = hpx::parallel::find_if(hpx::parallel::execution::par, books.rbegin(), books.rend(), isShort);
#endif
    if (it == books.rend()) return books.size();
    return static_cast<size_t>(books.rend() - it) - 1;
}
