int edgeCount(std::vector<int> const& A, size_t N) {
    int edges = 0;
    for (size_t i = 0; i + 1 < N; ++i)  // off by one: skips the last row
        for (size_t j = 0; j < N; ++j)
            if (A[i * N + j] == 1) ++edges;
    return edges;
}
