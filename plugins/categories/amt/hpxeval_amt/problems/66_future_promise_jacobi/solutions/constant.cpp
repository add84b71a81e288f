void jacobiTiles(std::vector<double> const& f, std::vector<double> &u, size_t tileSize, size_t sweeps) {
    std::fill(u.begin(), u.end(), 0.0);
}
