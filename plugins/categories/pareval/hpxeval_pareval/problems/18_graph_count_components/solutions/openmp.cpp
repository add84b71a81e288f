static size_t findRoot(std::vector<size_t> &parent, size_t v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

// Returns true when a and b were in different trees.
static bool unite(std::vector<size_t> &parent, size_t a, size_t b) {
    a = findRoot(parent, a);
    b = findRoot(parent, b);
    if (a == b) return false;
    parent[std::max(a, b)] = std::min(a, b);
    return true;
}

int componentCount(std::vector<int> const& A, size_t N) {
    // Each chunk of rows builds its own union-find forest from the upper triangle of its rows
    // (rows dealt round-robin, so the triangle's work is balanced); the forests are then merged.
    // Every successful merge joins two components.
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
    int components = static_cast<int>(N);
    for (auto &forest : forests)
        for (size_t v = 0; v < N; ++v)
            if (unite(parent, v, findRoot(forest, v))) --components;
    return components;
}
