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
    // One task per share of the rows (dealt round-robin) builds a union-find forest from the
    // upper triangle of its rows; the forests are merged once all tasks are done.
    size_t const tasks = 4 * std::max<size_t>(1, hpx::get_num_worker_threads());
    std::vector<hpx::future<std::vector<size_t>>> forests;
    for (size_t t = 0; t < tasks; ++t) {
        forests.push_back(hpx::async([&A, N, t, tasks] {
            std::vector<size_t> parent(N);
            std::iota(parent.begin(), parent.end(), size_t{0});
            for (size_t i = t; i < N; i += tasks)
                for (size_t j = i + 1; j < N; ++j)
                    if (A[i * N + j] == 1) unite(parent, i, j);
            return parent;
        }));
    }
    std::vector<size_t> parent(N);
    std::iota(parent.begin(), parent.end(), size_t{0});
    for (auto &f : forests) {
        std::vector<size_t> forest = f.get();
        for (size_t v = 0; v < N; ++v) unite(parent, v, findRoot(forest, v));
    }
    std::vector<int> size(N, 0);
    int largest = 0;
    for (size_t v = 0; v < N; ++v) largest = std::max(largest, ++size[findRoot(parent, v)]);
    return largest;
}
