void jacobiTiles(std::vector<double> const& f, std::vector<double> &u, size_t tileSize, size_t sweeps) {
    const size_t n = u.size();
    std::vector<double> next(n);
    for (size_t s = 0; s < sweeps; ++s) {
        for (size_t i = 0; i < n; ++i)
            next[i] = 0.5 * ((i > 0 ? u[i - 1] : 0.0) + (i + 1 < n ? u[i + 1] : 0.0) + f[i]);
        std::swap(u, next);
    }
}
