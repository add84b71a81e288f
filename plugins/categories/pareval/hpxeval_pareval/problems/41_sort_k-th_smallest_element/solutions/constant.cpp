int findKthSmallest(std::vector<int> const& x, int k) {
    return 0;
}
