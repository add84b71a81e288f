void convolveKernel(std::vector<int> const& imageIn, std::vector<int> &imageOut, size_t N) {
    long long const n = static_cast<long long>(N);
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            int v = 9 * imageIn[i * n + j];  // the 3x3 sum below includes the centre once
            for (int di = -1; di <= 1; ++di) {
                for (int dj = -1; dj <= 1; ++dj) {
                    long long const r = i + di, c = j + dj;
                    if (r >= 0 && c >= 0 && r < n && c < n) v -= imageIn[r * n + c];
                }
            }
            imageOut[i * n + j] = std::min(255, std::max(0, v));
        }
    }
}
