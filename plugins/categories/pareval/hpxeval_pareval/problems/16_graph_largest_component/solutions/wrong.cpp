int largestComponent(std::vector<int> const& A, size_t N) {
    std::vector<bool> visited(N, false);
    std::queue<size_t> queue;
    int largest = 0;
    for (size_t start = 0; start < N; ++start) {
        if (visited[start]) continue;
        visited[start] = true;
        queue.push(start);
        int count = 0;
        while (!queue.empty()) {
            size_t const u = queue.front();
            queue.pop();
            ++count;
            for (size_t v = 0; v + 1 < N; ++v)  // off by one: never follows an edge to the last vertex
                if (A[u * N + v] == 1 && !visited[v]) {
                    visited[v] = true;
                    queue.push(v);
                }
        }
        largest = std::max(largest, count);
    }
    return largest;
}
