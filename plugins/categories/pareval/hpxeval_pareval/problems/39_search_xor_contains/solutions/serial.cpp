bool xorContains(std::vector<int> const& x, std::vector<int> const& y, int val) {
    bool inX = false, inY = false;
    for (int v : x)
        if (v == val) { inX = true; break; }
    for (int v : y)
        if (v == val) { inY = true; break; }
    return inX != inY;
}
