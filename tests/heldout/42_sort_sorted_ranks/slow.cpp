// expect: valid
// Held-out (index sort, ParEval's baseline).
void ranks(std::vector<float> const& x, std::vector<size_t> &ranks) {
    // ParEval's baseline complexity, O(n log n): sort a list of indices by their values and
    // give each index its position in that list.
    std::vector<size_t> byValue(x.size());
    for (size_t i = 0; i < byValue.size(); ++i) byValue[i] = i;
    std::stable_sort(byValue.begin(), byValue.end(), [&x](size_t a, size_t b) { return x[a] < x[b]; });
    for (size_t pos = 0; pos < byValue.size(); ++pos) ranks[byValue[pos]] = pos;
}
