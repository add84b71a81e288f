size_t findLastShortBook(std::vector<Book> const& books) {
    // Off by one in the comparison: also accepts books of exactly 100 pages.
    for (size_t i = books.size(); i > 0; --i)
        if (books[i - 1].pages <= 100) return i - 1;
    return books.size();
}
