static size_t findRoot(std::vector<size_t> &parent, size_t v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

static void unite(std::vector<size_t> &parent, size_t a, size_t b) {
    a = findRoot(parent, a);
    b = findRoot(parent, b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
}

int largestComponent(std::vector<int> const& A, size_t N) {
    // Each chunk of rows builds its own union-find forest from the upper triangle of its rows
    // (rows dealt round-robin, so the triangle's work is balanced); the forests are then merged.
    int const chunks = std::max(1, 4 * omp_get_max_threads());
    std::vector<std::vector<size_t>> forests(chunks);
#pragma omp parallel for schedule(dynamic, 1)
    for (int c = 0; c < chunks; ++c) {
        std::vector<size_t> parent(N);
        std::iota(parent.begin(), parent.end(), size_t{0});
        for (size_t i = c; i < N; i += chunks)
            for (size_t j = i + 1; j < N; ++j)
                if (A[i * N + j] == 1) unite(parent, i, j);
        forests[c] = std::move(parent);
    }
    std::vector<size_t> parent(N);
    std::iota(parent.begin(), parent.end(), size_t{0});
    for (auto &forest : forests)
        for (size_t v = 0; v < N; ++v) unite(parent, v, findRoot(forest, v));
    std::vector<int> size(N, 0);
    int largest = 0;
    for (size_t v = 0; v < N; ++v) largest = std::max(largest, ++size[findRoot(parent, v)]);
    return largest;
}
