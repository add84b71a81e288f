int edgeCount(std::vector<int> const& A, size_t N) {
    return 0;
}
