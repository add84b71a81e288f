std::vector<double> heatDiffusion(std::vector<double> const& initial, size_t tileSize, size_t steps) {
    const size_t tiles = initial.size() / tileSize;
    std::vector<HeatTile> cur(tiles), nxt(tiles);
    for (size_t t = 0; t < tiles; ++t)
        cur[t].values.assign(initial.begin() + t * tileSize, initial.begin() + (t + 1) * tileSize);
    for (size_t s = 0; s < steps; ++s) {
#pragma omp parallel for schedule(static)
        for (long long t = 0; t < static_cast<long long>(tiles); ++t) {
            const size_t left = (t + tiles - 1) % tiles, right = (t + 1) % tiles;
            nxt[t].values = heatStep(cur[left].values, cur[t].values, cur[right].values);
        }
        std::swap(cur, nxt);
    }
    std::vector<double> result;
    result.reserve(initial.size());
    for (auto const& tile : cur) result.insert(result.end(), tile.values.begin(), tile.values.end());
    return result;
}
