size_t findLastShortBook(std::vector<Book> const& books) {
    for (size_t i = books.size(); i > 0; --i)
        if (books[i - 1].pages < 100) return i - 1;
    return books.size();
}
