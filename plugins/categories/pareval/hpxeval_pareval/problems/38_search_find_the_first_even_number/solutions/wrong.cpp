size_t findFirstEven(std::vector<int> const& x) {
    // Off by one: starts looking at index 1.
    for (size_t i = 1; i < x.size(); ++i)
        if (x[i] % 2 == 0) return i;
    return x.size();
}
