#pragma once
#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

namespace baseline {
inline PathResult aStarSearch(WeightedGraph const &g, int start, int goal,
                              std::function<long long(int)> const &heuristic) {
    const long long inf = std::numeric_limits<long long>::max();
    const std::size_t n = g.adj.size();
    std::vector<long long> dist(n, inf);
    std::vector<int> parent(n, -1);
    std::vector<char> closed(n, 0);
    using Item = std::pair<long long, int>;  // (g + h, vertex)
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> open;
    dist[start] = 0;
    open.push({heuristic(start), start});
    while (!open.empty()) {
        const int v = open.top().second;
        open.pop();
        if (closed[v]) continue;
        closed[v] = 1;
        if (v == goal) break;
        for (Edge const &e : g.adj[v]) {
            const long long d = dist[v] + e.weight;
            if (d < dist[e.to]) {
                dist[e.to] = d;
                parent[e.to] = v;
                open.push({d + heuristic(e.to), e.to});
            }
        }
    }
    PathResult result;
    if (dist[goal] == inf) return result;
    result.found = true;
    result.cost = dist[goal];
    for (int v = goal; v != -1; v = parent[v]) result.path.push_back(v);
    std::reverse(result.path.begin(), result.path.end());
    return result;
}
}  // namespace baseline
