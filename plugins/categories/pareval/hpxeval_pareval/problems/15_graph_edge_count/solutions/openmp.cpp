int edgeCount(std::vector<int> const& A, size_t N) {
    long long const total = static_cast<long long>(N * N);
    long long edges = 0;
#pragma omp parallel for reduction(+ : edges)
    for (long long i = 0; i < total; ++i) edges += A[i] == 1;
    return static_cast<int>(edges);
}
