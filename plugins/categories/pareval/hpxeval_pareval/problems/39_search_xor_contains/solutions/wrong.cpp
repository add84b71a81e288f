bool xorContains(std::vector<int> const& x, std::vector<int> const& y, int val) {
    // Tests "in x or in y" instead of "in exactly one of them".
    bool inX = std::find(x.begin(), x.end(), val) != x.end();
    bool inY = std::find(y.begin(), y.end(), val) != y.end();
    return inX || inY;
}
