int shortestPathLength(std::vector<int> const& A, size_t N, int source, int dest) {
    return 1;
}
