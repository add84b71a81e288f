std::vector<double> waveEquation(std::vector<double> const& previous, std::vector<double> const& current, size_t tileSize, size_t steps) {
    const size_t tiles = current.size() / tileSize;
    std::vector<WaveTile> tile(tiles);
    for (size_t t = 0; t < tiles; ++t) {
        tile[t].previous.assign(previous.begin() + t * tileSize, previous.begin() + (t + 1) * tileSize);
        tile[t].current.assign(current.begin() + t * tileSize, current.begin() + (t + 1) * tileSize);
        tile[t].first.resize(steps + 1);
        tile[t].last.resize(steps + 1);
    }
    // fromLeft[t][s]: the last value of the left neighbour after step s; fromRight[t][s]: the
    // first value of the right neighbour. Every promise has exactly one reader.
    std::vector<std::vector<hpx::future<double>>> fromLeft(tiles), fromRight(tiles);
    for (size_t t = 0; t < tiles; ++t)
        for (size_t s = 0; s <= steps; ++s) {
            fromLeft[t].push_back(tile[(t + tiles - 1) % tiles].last[s].get_future());
            fromRight[t].push_back(tile[(t + 1) % tiles].first[s].get_future());
        }
    std::vector<hpx::future<void>> done;
    for (size_t t = 0; t < tiles; ++t) {
        done.push_back(hpx::async([&, t] {
            WaveTile &me = tile[t];
            me.first[0].set_value(me.current.front());
            me.last[0].set_value(me.current.back());
            for (size_t s = 1; s <= steps; ++s) {
                const double lh = fromLeft[t][s - 1].get();
                const double rh = fromRight[t][s - 1].get();
                waveStep(me.previous, me.current, lh, rh);
                me.first[s].set_value(me.current.front());
                me.last[s].set_value(me.current.back());
            }
        }));
    }
    hpx::wait_all(done);
    std::vector<double> result;
    result.reserve(current.size());
    for (auto const& t : tile) result.insert(result.end(), t.current.begin(), t.current.end());
    return result;
}
