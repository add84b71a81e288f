int shortestPathLength(std::vector<int> const& A, size_t N, int source, int dest) {
    std::vector<int> dist(N, -1);
    std::queue<size_t> queue;
    dist[source] = 1;  // off by one: counts the vertices on the path instead of its edges
    queue.push(source);
    while (!queue.empty()) {
        size_t const u = queue.front();
        queue.pop();
        if (u == static_cast<size_t>(dest)) return dist[u];
        for (size_t v = 0; v < N; ++v)
            if (A[u * N + v] == 1 && dist[v] < 0) {
                dist[v] = dist[u] + 1;
                queue.push(v);
            }
    }
    return -1;
}
