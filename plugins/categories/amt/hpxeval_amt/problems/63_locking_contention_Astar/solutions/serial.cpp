PathResult aStarSearch(WeightedGraph const& g, int start, int goal, std::function<long long(int)> const& heuristic) {
    const long long inf = std::numeric_limits<long long>::max();
    std::vector<long long> best(g.adj.size(), inf);
    std::vector<int> parent(g.adj.size(), -1);
    struct Entry { long long f, g; int v; };
    auto later = [](Entry const& a, Entry const& b) { return a.f > b.f; };
    std::priority_queue<Entry, std::vector<Entry>, decltype(later)> open(later);
    best[start] = 0;
    open.push({heuristic(start), 0, start});
    while (!open.empty()) {
        Entry e = open.top();
        open.pop();
        if (e.g > best[e.v]) continue;  // stale entry
        if (e.v == goal) break;
        for (Edge const& edge : g.adj[e.v]) {
            long long ng = e.g + edge.weight;
            if (ng < best[edge.to]) {
                best[edge.to] = ng;
                parent[edge.to] = e.v;
                open.push({ng + heuristic(edge.to), ng, edge.to});
            }
        }
    }
    PathResult r;
    if (best[goal] == inf) return r;
    r.found = true;
    r.cost = best[goal];
    for (int v = goal; v != -1; v = parent[v]) r.path.push_back(v);
    std::reverse(r.path.begin(), r.path.end());
    return r;
}
