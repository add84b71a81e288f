void convolveKernel(std::vector<int> const& imageIn, std::vector<int> &imageOut, size_t N) {
    long long const n = static_cast<long long>(N);
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            int v = 9 * imageIn[i * n + j];
            for (long long r = std::max(0LL, i - 1); r <= std::min(n - 1, i + 1); ++r)
                for (long long c = std::max(0LL, j - 1); c <= std::min(n - 1, j + 1); ++c)
                    v -= imageIn[r * n + c];
            imageOut[i * n + j] = std::min(255, std::max(0, v));
        }
    }
}
