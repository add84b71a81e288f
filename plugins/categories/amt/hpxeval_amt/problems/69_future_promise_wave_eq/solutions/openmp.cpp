std::vector<double> waveEquation(std::vector<double> const& previous, std::vector<double> const& current, size_t tileSize, size_t steps) {
    const long long tiles = static_cast<long long>(current.size() / tileSize);
    std::vector<WaveTile> tile(tiles);
    for (long long t = 0; t < tiles; ++t) {
        tile[t].previous.assign(previous.begin() + t * tileSize, previous.begin() + (t + 1) * tileSize);
        tile[t].current.assign(current.begin() + t * tileSize, current.begin() + (t + 1) * tileSize);
        tile[t].first.assign(steps + 1, 0.0);
        tile[t].last.assign(steps + 1, 0.0);
        tile[t].first[0] = tile[t].current.front();
        tile[t].last[0] = tile[t].current.back();
    }
#pragma omp parallel
    for (size_t s = 1; s <= steps; ++s) {
        // Each tile reads only its ring neighbours' edge values of the previous step.
#pragma omp for schedule(static)
        for (long long t = 0; t < tiles; ++t) {
            const double lh = tile[(t + tiles - 1) % tiles].last[s - 1];
            const double rh = tile[(t + 1) % tiles].first[s - 1];
            waveStep(tile[t].previous, tile[t].current, lh, rh);
            tile[t].first[s] = tile[t].current.front();
            tile[t].last[s] = tile[t].current.back();
        }
    }
    std::vector<double> result;
    result.reserve(current.size());
    for (auto const& t : tile) result.insert(result.end(), t.current.begin(), t.current.end());
    return result;
}
