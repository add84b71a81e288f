// expect: invalid
// Held-out: all pairs within chunks of 128 values and between chunks, last partial chunk dropped. Expected INVALID.
double closestPair(std::vector<double> const& x) {
    const size_t n = x.size(), e = n < 128 ? n : (n / 128) * 128;
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i + 1 < e; ++i)
        for (size_t j = i + 1; j < e; ++j) best = std::min(best, distance(x[i], x[j]));
    return best;
}
