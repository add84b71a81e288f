bool contains(std::vector<int> const& x, int target) {
    for (int v : x)
        if (v == target) return true;
    return false;
}
