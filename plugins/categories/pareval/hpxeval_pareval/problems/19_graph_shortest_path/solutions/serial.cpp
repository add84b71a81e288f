int shortestPathLength(std::vector<int> const& A, size_t N, int source, int dest) {
    // Breadth-first search: the first time dest is reached, its distance is the answer.
    std::vector<int> dist(N, -1);
    std::queue<size_t> queue;
    dist[source] = 0;
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
