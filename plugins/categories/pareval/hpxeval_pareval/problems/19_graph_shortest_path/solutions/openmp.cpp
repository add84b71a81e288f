int shortestPathLength(std::vector<int> const& A, size_t N, int source, int dest) {
    // Level-synchronous breadth-first search: the rows of the frontier are scanned in parallel,
    // and an atomic exchange lets exactly one thread claim each newly reached vertex.
    if (source == dest) return 0;
    std::unique_ptr<std::atomic<char>[]> seen(new std::atomic<char>[N]);
    for (size_t v = 0; v < N; ++v) seen[v].store(0, std::memory_order_relaxed);
    seen[source].store(1);
    std::vector<size_t> frontier{static_cast<size_t>(source)};
    for (int length = 1; !frontier.empty(); ++length) {
        std::vector<size_t> next;
        long long const count = static_cast<long long>(frontier.size());
#pragma omp parallel
        {
            std::vector<size_t> local;
#pragma omp for schedule(dynamic, 4) nowait
            for (long long f = 0; f < count; ++f) {
                int const *row = A.data() + frontier[f] * N;
                for (size_t v = 0; v < N; ++v)
                    if (row[v] == 1 && seen[v].load(std::memory_order_relaxed) == 0 && seen[v].exchange(1) == 0)
                        local.push_back(v);
            }
#pragma omp critical
            next.insert(next.end(), local.begin(), local.end());
        }
        if (seen[dest].load() != 0) return length;
        frontier.swap(next);
    }
    return -1;
}
