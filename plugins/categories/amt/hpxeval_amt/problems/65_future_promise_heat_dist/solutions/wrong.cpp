std::vector<double> heatDiffusion(std::vector<double> const& initial, size_t tileSize, size_t steps) {
    // The ring is never closed: the two ends see 0 beyond them instead of each other.
    const size_t n = initial.size();
    std::vector<double> u = initial, next(n);
    for (size_t s = 0; s < steps; ++s) {
        for (size_t i = 0; i < n; ++i) {
            double l = i == 0 ? 0.0 : u[i - 1], r = i + 1 == n ? 0.0 : u[i + 1];
            next[i] = u[i] + heatAlpha() * (l - 2.0 * u[i] + r);
        }
        std::swap(u, next);
    }
    return u;
}
