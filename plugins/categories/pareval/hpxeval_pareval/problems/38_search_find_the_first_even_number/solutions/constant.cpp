size_t findFirstEven(std::vector<int> const& x) {
    return x.size();
}
