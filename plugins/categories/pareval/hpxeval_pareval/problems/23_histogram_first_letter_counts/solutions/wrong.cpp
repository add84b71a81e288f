void firstLetterCounts(std::vector<std::string> const& x, std::array<size_t, 26> &bins) {
    // Off by one: the last element is never counted.
    bins.fill(0);
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
        ++bins[x[i][0] - 'a'];
    }
}
