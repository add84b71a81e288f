void cellsXOR(std::vector<int> const& input, std::vector<int> &output, size_t N) {
    const long long n = static_cast<long long>(N);
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            int ones = 0;
            if (i > 0) ones += input[(i - 1) * n + j];
            if (i + 1 < n) ones += input[(i + 1) * n + j];
            if (j > 0) ones += input[i * n + j - 1];
            if (j + 1 < n) ones += input[i * n + j + 1];
            output[i * n + j] = ones == 1 ? 1 : 0;
        }
    }
}
