bool contains(std::vector<int> const& x, int target) {
    // Off by one: never looks at the last value.
    for (size_t i = 0; i + 1 < x.size(); ++i)
        if (x[i] == target) return true;
    return false;
}
