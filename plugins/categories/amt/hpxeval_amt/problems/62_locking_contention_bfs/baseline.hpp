#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline std::vector<size_t> bfsLevelCounts(Graph const &g, int source) {
    const std::size_t n = g.adj.size();
    std::vector<int> dist(n, -1);
    std::vector<int> queue;
    queue.reserve(n);
    std::vector<size_t> counts;
    dist[source] = 0;
    queue.push_back(source);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        const int d = dist[v];
        if (static_cast<std::size_t>(d) == counts.size()) counts.push_back(0);
        ++counts[d];
        for (int w : g.adj[v])
            if (dist[w] < 0) {
                dist[w] = d + 1;
                queue.push_back(w);
            }
    }
    return counts;
}
}  // namespace baseline
