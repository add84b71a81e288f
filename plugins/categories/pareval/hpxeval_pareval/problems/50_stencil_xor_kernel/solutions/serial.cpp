void cellsXOR(std::vector<int> const& input, std::vector<int> &output, size_t N) {
    auto at = [&](long long i, long long j) {
        long long const n = static_cast<long long>(N);
        return (i < 0 || j < 0 || i >= n || j >= n) ? 0 : input[i * n + j];
    };
    for (long long i = 0; i < static_cast<long long>(N); ++i)
        for (long long j = 0; j < static_cast<long long>(N); ++j)
            output[i * N + j] = (at(i - 1, j) + at(i + 1, j) + at(i, j - 1) + at(i, j + 1)) == 1;
}
