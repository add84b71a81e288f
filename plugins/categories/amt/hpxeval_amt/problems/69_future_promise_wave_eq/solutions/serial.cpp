std::vector<double> waveEquation(std::vector<double> const& previous, std::vector<double> const& current, size_t tileSize, size_t steps) {
    const size_t n = current.size();
    std::vector<double> prev = previous, cur = current;
    for (size_t s = 0; s < steps; ++s) {
        for (size_t i = 0; i < n; ++i) {
            double l = cur[i == 0 ? n - 1 : i - 1], r = cur[i + 1 == n ? 0 : i + 1];
            prev[i] = 2.0 * cur[i] - prev[i] + waveC2() * (l - 2.0 * cur[i] + r);
        }
        std::swap(prev, cur);
    }
    return cur;
}
