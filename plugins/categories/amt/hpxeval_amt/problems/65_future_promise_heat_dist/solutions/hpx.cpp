std::vector<double> heatDiffusion(std::vector<double> const& initial, size_t tileSize, size_t steps) {
    const size_t tiles = initial.size() / tileSize;
    std::vector<HeatTile> cur(tiles), nxt(tiles);
    for (size_t t = 0; t < tiles; ++t)
        cur[t].values = hpx::make_ready_future(
            std::vector<double>(initial.begin() + t * tileSize, initial.begin() + (t + 1) * tileSize));
    // Build the whole dependency graph up front: each tile's next step is a dataflow on the
    // futures of the tile and its two neighbours, so tiles run ahead as far as their inputs allow.
    auto step = [](hpx::shared_future<std::vector<double>> l, hpx::shared_future<std::vector<double>> m,
                   hpx::shared_future<std::vector<double>> r) { return heatStep(l.get(), m.get(), r.get()); };
    for (size_t s = 0; s < steps; ++s) {
        for (size_t t = 0; t < tiles; ++t) {
            const size_t left = (t + tiles - 1) % tiles, right = (t + 1) % tiles;
            nxt[t].values = hpx::dataflow(step, cur[left].values, cur[t].values, cur[right].values);
        }
        std::swap(cur, nxt);
    }
    std::vector<double> result;
    result.reserve(initial.size());
    for (auto const& tile : cur) {
        std::vector<double> const& v = tile.values.get();
        result.insert(result.end(), v.begin(), v.end());
    }
    return result;
}
