int largestComponent(std::vector<int> const& A, size_t N) {
    return 1;
}
