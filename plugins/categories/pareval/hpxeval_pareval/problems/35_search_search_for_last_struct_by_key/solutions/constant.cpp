size_t findLastShortBook(std::vector<Book> const& books) {
    return 0;
}
