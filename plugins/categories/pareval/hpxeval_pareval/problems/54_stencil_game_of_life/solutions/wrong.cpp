void gameOfLife(std::vector<int> const& input, std::vector<int> &output, size_t N) {
    // Wrong: a live cell with 4 live neighbours also survives.
    long long const n = static_cast<long long>(N);
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            int sum = 0;
            for (long long r = std::max(0LL, i - 1); r <= std::min(n - 1, i + 1); ++r)
                for (long long c = std::max(0LL, j - 1); c <= std::min(n - 1, j + 1); ++c)
                    sum += input[r * n + c];
            int const self = input[i * n + j];
            int const neighbours = sum - self;
            output[i * n + j] = (neighbours == 3 || (self == 1 && (neighbours == 2 || neighbours == 4))) ? 1 : 0;
        }
    }
}
