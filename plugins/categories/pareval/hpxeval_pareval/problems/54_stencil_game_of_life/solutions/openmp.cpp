void gameOfLife(std::vector<int> const& input, std::vector<int> &output, size_t N) {
    long long const n = static_cast<long long>(N);
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            int sum = 0;  // the 3x3 block including the cell itself
            for (long long r = std::max(0LL, i - 1); r <= std::min(n - 1, i + 1); ++r)
                for (long long c = std::max(0LL, j - 1); c <= std::min(n - 1, j + 1); ++c)
                    sum += input[r * n + c];
            int const self = input[i * n + j];
            int const neighbours = sum - self;
            output[i * n + j] = (neighbours == 3 || (neighbours == 2 && self == 1)) ? 1 : 0;
        }
    }
}
