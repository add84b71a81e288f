std::vector<size_t> bfsLevelCounts(Graph const& g, int source) {
    const size_t n = g.adj.size();
    std::vector<std::atomic<char>> seen(n);
    for (auto &s : seen) s.store(0, std::memory_order_relaxed);
    hpx::spinlock nextLock;
    std::vector<int> frontier{source}, next;
    std::vector<size_t> counts;
    seen[source] = 1;
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    while (!frontier.empty()) {
        counts.push_back(frontier.size());
        next.clear();
        const size_t m = frontier.size();
        const size_t chunks = std::min<size_t>(4 * cores, m / 64 + 1);
        std::vector<hpx::future<void>> tasks;
        for (size_t c = 0; c < chunks; ++c) {
            const size_t lo = m * c / chunks, hi = m * (c + 1) / chunks;
            tasks.push_back(hpx::async([&, lo, hi] {
                // Claim each neighbour once with an atomic exchange; append the claims to the
                // shared next frontier in one batch under the spinlock.
                std::vector<int> local;
                for (size_t i = lo; i < hi; ++i)
                    for (int w : g.adj[frontier[i]])
                        if (!seen[w].load(std::memory_order_relaxed) && !seen[w].exchange(1))
                            local.push_back(w);
                std::lock_guard<decltype(nextLock)> guard(nextLock);
                next.insert(next.end(), local.begin(), local.end());
            }));
        }
        hpx::wait_all(tasks);
        frontier.swap(next);
    }
    return counts;
}
