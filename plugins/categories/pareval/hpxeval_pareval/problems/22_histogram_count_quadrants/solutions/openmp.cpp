void countQuadrants(std::vector<Point> const& x, std::array<size_t, 4> &bins) {
    size_t *counts = bins.data();
    const long long n = static_cast<long long>(x.size());
    for (size_t b = 0; b < 4; ++b) counts[b] = 0;
#pragma omp parallel for reduction(+ : counts[:4])
    for (long long i = 0; i < n; ++i) {
        const Point &p = x[i];
        ++counts[p.x >= 0 ? (p.y >= 0 ? 0 : 3) : (p.y >= 0 ? 1 : 2)];
    }
}
