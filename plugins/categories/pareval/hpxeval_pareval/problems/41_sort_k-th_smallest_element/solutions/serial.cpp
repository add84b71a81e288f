int findKthSmallest(std::vector<int> const& x, int k) {
    std::vector<int> v(x);
    std::nth_element(v.begin(), v.begin() + (k - 1), v.end());
    return v[k - 1];
}
