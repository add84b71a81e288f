void jacobi2D(std::vector<double> const& input, std::vector<double> &output, size_t N) {
    long long const n = static_cast<long long>(N);
    auto at = [&](long long i, long long j) {
        return (i < 0 || j < 0 || i >= n || j >= n) ? 0.0 : input[i * n + j];
    };
    for (long long i = 0; i < n; ++i)
        for (long long j = 0; j < n; ++j)
            output[i * n + j] = (at(i, j) + at(i - 1, j) + at(i + 1, j) + at(i, j - 1) + at(i, j + 1)) / 5.0;
}
