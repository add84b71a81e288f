std::vector<size_t> bfsLevelCounts(Graph const& g, int source) {
    const size_t n = g.adj.size();
    std::vector<std::atomic<char>> seen(n);
    for (auto &s : seen) s.store(0, std::memory_order_relaxed);
    std::vector<int> frontier{source}, next;
    std::vector<size_t> counts;
    seen[source] = 1;
    while (!frontier.empty()) {
        counts.push_back(frontier.size());
        next.clear();
        const long long m = static_cast<long long>(frontier.size());
#pragma omp parallel
        {
            std::vector<int> local;
#pragma omp for schedule(dynamic, 256) nowait
            for (long long i = 0; i < m; ++i)
                for (int w : g.adj[frontier[i]])
                    if (!seen[w].load(std::memory_order_relaxed) && !seen[w].exchange(1))
                        local.push_back(w);
#pragma omp critical
            next.insert(next.end(), local.begin(), local.end());
        }
        frontier.swap(next);
    }
    return counts;
}
