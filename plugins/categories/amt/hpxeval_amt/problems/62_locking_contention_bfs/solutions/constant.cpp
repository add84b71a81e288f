std::vector<size_t> bfsLevelCounts(Graph const& g, int source) {
    return {1};
}
