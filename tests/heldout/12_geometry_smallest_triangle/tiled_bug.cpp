// expect: invalid
// Held-out: all triples among the first floor(n/128)*128 points only (last partial tile dropped). Expected INVALID.
double smallestArea(std::vector<Point> const& p) {
    const size_t n = p.size(), e = n < 128 ? n : (n / 128) * 128;
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i < e; ++i)
        for (size_t j = i + 1; j < e; ++j)
            for (size_t k = j + 1; k < e; ++k) best = std::min(best, triangleArea(p[i], p[j], p[k]));
    return best;
}
