size_t findLastShortBook(std::vector<Book> const& books) {
    // The largest index of a short book; -1 when there is none.
    const long long n = static_cast<long long>(books.size());
    long long last = -1;
#pragma omp parallel for reduction(max : last)
    for (long long i = 0; i < n; ++i)
        if (books[i].pages < 100 && i > last) last = i;
    return last < 0 ? books.size() : static_cast<size_t>(last);
}
