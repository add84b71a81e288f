void convolveKernel(std::vector<int> const& imageIn, std::vector<int> &imageOut, size_t N) {
    long long const n = static_cast<long long>(N);
    auto pixel = [&](long long i, long long j) {
        return (i < 0 || j < 0 || i >= n || j >= n) ? 0 : imageIn[i * n + j];
    };
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            int v = 8 * pixel(i, j);
            v -= pixel(i - 1, j - 1) + pixel(i - 1, j) + pixel(i - 1, j + 1);
            v -= pixel(i, j - 1) + pixel(i, j + 1);
            v -= pixel(i + 1, j - 1) + pixel(i + 1, j) + pixel(i + 1, j + 1);
            imageOut[i * n + j] = std::min(255, std::max(0, v));
        }
    }
}
