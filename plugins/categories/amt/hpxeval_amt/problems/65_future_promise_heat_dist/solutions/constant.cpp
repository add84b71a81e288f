std::vector<double> heatDiffusion(std::vector<double> const& initial, size_t tileSize, size_t steps) {
    return initial;
}
