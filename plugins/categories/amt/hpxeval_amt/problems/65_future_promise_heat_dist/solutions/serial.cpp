std::vector<double> heatDiffusion(std::vector<double> const& initial, size_t tileSize, size_t steps) {
    const size_t n = initial.size();
    std::vector<double> u = initial, next(n);
    for (size_t s = 0; s < steps; ++s) {
        for (size_t i = 0; i < n; ++i) {
            double l = u[i == 0 ? n - 1 : i - 1], r = u[i + 1 == n ? 0 : i + 1];
            next[i] = u[i] + heatAlpha() * (l - 2.0 * u[i] + r);
        }
        std::swap(u, next);
    }
    return u;
}
