void jacobiTiles(std::vector<double> const& f, std::vector<double> &u, size_t tileSize, size_t sweeps) {
    const size_t tiles = u.size() / tileSize;
    std::vector<JacobiTile> tile(tiles);
    // fromLeft[t][k]: the last value of tile t-1 after sweep k; fromRight[t][k]: the first value of tile t+1.
    std::vector<std::vector<hpx::future<double>>> fromLeft(tiles), fromRight(tiles);
    for (size_t t = 0; t < tiles; ++t) {
        tile[t].u.assign(u.begin() + t * tileSize, u.begin() + (t + 1) * tileSize);
        tile[t].first.resize(sweeps + 1);
        tile[t].last.resize(sweeps + 1);
    }
    for (size_t t = 0; t < tiles; ++t)
        for (size_t k = 0; k <= sweeps; ++k) {
            if (t > 0) fromLeft[t].push_back(tile[t - 1].last[k].get_future());
            if (t + 1 < tiles) fromRight[t].push_back(tile[t + 1].first[k].get_future());
        }
    // One task per tile runs all its sweeps; it waits only on the halo futures it needs, so
    // tiles drift apart by up to one sweep per neighbour instead of meeting at global barriers.
    std::vector<hpx::future<void>> done;
    for (size_t t = 0; t < tiles; ++t) {
        done.push_back(hpx::async([&, t] {
            JacobiTile &me = tile[t];
            std::vector<double> scratch(tileSize);
            me.first[0].set_value(me.u.front());
            me.last[0].set_value(me.u.back());
            for (size_t k = 1; k <= sweeps; ++k) {
                const double lh = t > 0 ? fromLeft[t][k - 1].get() : 0.0;
                const double rh = t + 1 < tiles ? fromRight[t][k - 1].get() : 0.0;
                jacobiSweep(me.u, f.data() + t * tileSize, lh, rh, scratch);
                std::swap(me.u, scratch);
                me.first[k].set_value(me.u.front());
                me.last[k].set_value(me.u.back());
            }
        }));
    }
    hpx::wait_all(done);
    for (size_t t = 0; t < tiles; ++t) std::copy(tile[t].u.begin(), tile[t].u.end(), u.begin() + t * tileSize);
}
