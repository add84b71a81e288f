int smallestOdd(std::vector<int> const& x) {
    // Wrong: v % 2 == 1 misses negative odd values.
    int best = std::numeric_limits<int>::max();
    for (int v : x)
        if (v % 2 == 1 && v < best) best = v;
    return best;
}
