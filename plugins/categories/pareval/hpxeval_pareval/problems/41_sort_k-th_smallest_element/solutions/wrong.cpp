int findKthSmallest(std::vector<int> const& x, int k) {
    // Off by one: treats k as 0-based (clamped to stay inside the vector).
    std::vector<int> v(x);
    const size_t pos = std::min<size_t>(k, v.size() - 1);
    std::nth_element(v.begin(), v.begin() + pos, v.end());
    return v[pos];
}
