int componentCount(std::vector<int> const& A, size_t N) {
    std::vector<bool> visited(N, false);
    std::queue<size_t> queue;
    int components = 0;
    for (size_t start = 1; start < N; ++start) {  // off by one: vertex 0 never starts a search
        if (visited[start]) continue;
        ++components;
        visited[start] = true;
        queue.push(start);
        while (!queue.empty()) {
            size_t const u = queue.front();
            queue.pop();
            for (size_t v = 0; v < N; ++v)
                if (A[u * N + v] == 1 && !visited[v]) {
                    visited[v] = true;
                    queue.push(v);
                }
        }
    }
    return components;
}
