int maximumSubarray(std::vector<int> const& x) {
    int current = x[0], best = x[0];
    for (size_t i = 1; i < x.size(); ++i) {
        current = std::max(x[i], current + x[i]);
        best = std::max(best, current);
    }
    return best;
}
