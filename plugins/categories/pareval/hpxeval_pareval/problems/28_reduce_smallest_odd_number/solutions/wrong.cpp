int smallestOdd(std::vector<int> const& x) {
    // Wrong: returns the largest odd value instead of the smallest.
    int best = std::numeric_limits<int>::max();
    bool found = false;
    for (int v : x)
        if (v % 2 == 1 && (!found || v > best)) {
            best = v;
            found = true;
        }
    return best;
}
