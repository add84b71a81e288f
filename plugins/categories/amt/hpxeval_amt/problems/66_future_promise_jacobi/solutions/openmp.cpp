void jacobiTiles(std::vector<double> const& f, std::vector<double> &u, size_t tileSize, size_t sweeps) {
    const long long tiles = static_cast<long long>(u.size() / tileSize);
    std::vector<JacobiTile> tile(tiles);
    for (long long t = 0; t < tiles; ++t) {
        tile[t].u.assign(u.begin() + t * tileSize, u.begin() + (t + 1) * tileSize);
        tile[t].first.assign(sweeps + 1, 0.0);
        tile[t].last.assign(sweeps + 1, 0.0);
        tile[t].first[0] = tile[t].u.front();
        tile[t].last[0] = tile[t].u.back();
    }
#pragma omp parallel
    {
        std::vector<double> scratch(tileSize);
        for (size_t k = 1; k <= sweeps; ++k) {
            // Each tile reads only its neighbours' halo values of the previous sweep.
#pragma omp for schedule(static)
            for (long long t = 0; t < tiles; ++t) {
                const double lh = t > 0 ? tile[t - 1].last[k - 1] : 0.0;
                const double rh = t + 1 < tiles ? tile[t + 1].first[k - 1] : 0.0;
                jacobiSweep(tile[t].u, f.data() + t * tileSize, lh, rh, scratch);
                std::swap(tile[t].u, scratch);
                tile[t].first[k] = tile[t].u.front();
                tile[t].last[k] = tile[t].u.back();
            }
        }
    }
    for (long long t = 0; t < tiles; ++t) std::copy(tile[t].u.begin(), tile[t].u.end(), u.begin() + t * tileSize);
}
