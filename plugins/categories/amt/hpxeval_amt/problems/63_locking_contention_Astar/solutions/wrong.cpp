PathResult aStarSearch(WeightedGraph const& g, int start, int goal, std::function<long long(int)> const& heuristic) {
    // Subtly wrong: stops as soon as the goal is first reached by an edge, not when it is taken
    // from the open set, so the path found need not be the cheapest.
    const long long inf = std::numeric_limits<long long>::max();
    std::vector<long long> best(g.adj.size(), inf);
    std::vector<int> parent(g.adj.size(), -1);
    using Item = std::pair<long long, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> open;
    best[start] = 0;
    open.push({heuristic(start), start});
    bool done = start == goal;
    while (!open.empty() && !done) {
        int v = open.top().second;
        open.pop();
        for (Edge const& edge : g.adj[v]) {
            long long ng = best[v] + edge.weight;
            if (ng < best[edge.to]) {
                best[edge.to] = ng;
                parent[edge.to] = v;
                open.push({ng + heuristic(edge.to), edge.to});
                if (edge.to == goal) done = true;
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
