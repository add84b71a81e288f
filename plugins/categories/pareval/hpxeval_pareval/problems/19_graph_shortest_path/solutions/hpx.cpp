int shortestPathLength(std::vector<int> const& A, size_t N, int source, int dest) {
    // Level-synchronous breadth-first search: tasks scan shares of the frontier's rows, and an
    // atomic exchange lets exactly one task claim each newly reached vertex.
    if (source == dest) return 0;
    std::unique_ptr<std::atomic<char>[]> seen(new std::atomic<char>[N]);
    for (size_t v = 0; v < N; ++v) seen[v].store(0, std::memory_order_relaxed);
    seen[source].store(1);
    size_t const workers = std::max<size_t>(1, hpx::get_num_worker_threads());
    std::vector<size_t> frontier{static_cast<size_t>(source)};
    for (int length = 1; !frontier.empty(); ++length) {
        size_t const tasks = std::min(frontier.size(), 4 * workers);
        std::vector<hpx::future<std::vector<size_t>>> parts;
        for (size_t t = 0; t < tasks; ++t) {
            size_t const lo = frontier.size() * t / tasks, hi = frontier.size() * (t + 1) / tasks;
            parts.push_back(hpx::async([&A, &frontier, &seen, N, lo, hi] {
                std::vector<size_t> found;
                for (size_t f = lo; f < hi; ++f) {
                    int const *row = A.data() + frontier[f] * N;
                    for (size_t v = 0; v < N; ++v)
                        if (row[v] == 1 && seen[v].load(std::memory_order_relaxed) == 0 && seen[v].exchange(1) == 0)
                            found.push_back(v);
                }
                return found;
            }));
        }
        std::vector<size_t> next;
        for (auto &part : parts) {
            std::vector<size_t> const found = part.get();
            next.insert(next.end(), found.begin(), found.end());
        }
        if (seen[dest].load() != 0) return length;
        frontier.swap(next);
    }
    return -1;
}
