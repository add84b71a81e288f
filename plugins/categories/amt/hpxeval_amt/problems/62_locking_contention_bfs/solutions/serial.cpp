std::vector<size_t> bfsLevelCounts(Graph const& g, int source) {
    std::vector<char> seen(g.adj.size(), 0);
    std::vector<int> frontier{source}, next;
    std::vector<size_t> counts;
    seen[source] = 1;
    while (!frontier.empty()) {
        counts.push_back(frontier.size());
        next.clear();
        for (int v : frontier)
            for (int w : g.adj[v])
                if (!seen[w]) {
                    seen[w] = 1;
                    next.push_back(w);
                }
        frontier.swap(next);
    }
    return counts;
}
