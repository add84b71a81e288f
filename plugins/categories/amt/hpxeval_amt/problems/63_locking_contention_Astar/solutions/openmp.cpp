// Parallel best-first search: one shared open set under a lock, best-known costs and parents
// under striped locks, and the best cost found for the goal used to prune. A worker stops when
// the open set is empty and no other worker is still expanding a vertex.
PathResult aStarSearch(WeightedGraph const& g, int start, int goal, std::function<long long(int)> const& heuristic) {
    const long long inf = std::numeric_limits<long long>::max();
    const size_t n = g.adj.size();
    std::vector<long long> cost(n, inf);
    std::vector<int> parent(n, -1);
    constexpr size_t stripes = 1024;
    std::vector<std::mutex> stripeLock(stripes);
    struct Entry { long long f, g; int v; };
    auto later = [](Entry const& a, Entry const& b) { return a.f > b.f; };
    std::priority_queue<Entry, std::vector<Entry>, decltype(later)> open(later);
    std::mutex openLock;
    int active = 0;
    std::atomic<long long> goalCost(start == goal ? 0 : inf);
    cost[start] = 0;
    open.push({heuristic(start), 0, start});
#pragma omp parallel
    {
        std::vector<Entry> pushes;
        while (true) {
            Entry e;
            {
                std::unique_lock<std::mutex> lk(openLock);
                if (open.empty()) {
                    if (active == 0) break;
                    lk.unlock();
                    std::this_thread::yield();
                    continue;
                }
                e = open.top();
                open.pop();
                ++active;
            }
            bool useful;
            {
                std::lock_guard<std::mutex> lk(stripeLock[e.v % stripes]);
                useful = e.g == cost[e.v];
            }
            pushes.clear();
            if (useful && e.f < goalCost.load() && e.v != goal) {
                for (Edge const& edge : g.adj[e.v]) {
                    const long long ng = e.g + edge.weight;
                    bool improved = false;
                    {
                        std::lock_guard<std::mutex> lk(stripeLock[edge.to % stripes]);
                        if (ng < cost[edge.to]) {
                            cost[edge.to] = ng;
                            parent[edge.to] = e.v;
                            improved = true;
                        }
                    }
                    if (!improved) continue;
                    if (edge.to == goal) {
                        long long cur = goalCost.load();
                        while (ng < cur && !goalCost.compare_exchange_weak(cur, ng)) {}
                        continue;
                    }
                    const long long f = ng + heuristic(edge.to);
                    if (f < goalCost.load()) pushes.push_back({f, ng, edge.to});
                }
            }
            std::lock_guard<std::mutex> lk(openLock);
            for (Entry const& p : pushes) open.push(p);
            --active;
        }
    }
    PathResult r;
    if (cost[goal] == inf) return r;
    r.found = true;
    r.cost = cost[goal];
    for (int v = goal; v != -1; v = parent[v]) r.path.push_back(v);
    std::reverse(r.path.begin(), r.path.end());
    return r;
}
