void gameOfLife(std::vector<int> const& input, std::vector<int> &output, size_t N) {
    long long const n = static_cast<long long>(N);
    auto cell = [&](long long i, long long j) {
        return (i < 0 || j < 0 || i >= n || j >= n) ? 0 : input[i * n + j];
    };
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            int const neighbours = cell(i - 1, j - 1) + cell(i - 1, j) + cell(i - 1, j + 1) + cell(i, j - 1) +
                                   cell(i, j + 1) + cell(i + 1, j - 1) + cell(i + 1, j) + cell(i + 1, j + 1);
            output[i * n + j] = (neighbours == 3 || (neighbours == 2 && cell(i, j) == 1)) ? 1 : 0;
        }
    }
}
