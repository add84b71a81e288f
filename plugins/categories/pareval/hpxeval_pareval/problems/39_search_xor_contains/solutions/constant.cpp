bool xorContains(std::vector<int> const& x, std::vector<int> const& y, int val) {
    return false;
}
