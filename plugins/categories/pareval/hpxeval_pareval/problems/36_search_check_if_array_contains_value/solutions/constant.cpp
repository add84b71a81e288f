bool contains(std::vector<int> const& x, int target) {
    return false;
}
