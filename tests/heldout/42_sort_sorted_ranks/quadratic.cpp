// expect: valid
// Held-out (O(n^2) ranks).
void ranks(std::vector<float> const& x, std::vector<size_t> &ranks) {
    // O(n^2): the rank of x[i] is the number of values smaller than it.
    for (size_t i = 0; i < x.size(); ++i) {
        size_t smaller = 0;
        for (size_t j = 0; j < x.size(); ++j) smaller += x[j] < x[i];
        ranks[i] = smaller;
    }
}
