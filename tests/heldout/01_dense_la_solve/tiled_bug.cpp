// expect: invalid
// Held-out: elimination in tiles of 128 steps that skips the last partial tile (correct when N is a
// multiple of 128 or below 128). Expected INVALID.
void solveLinearSystem(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    std::vector<double> M(A), r(b);
    const size_t kEnd = N < 128 ? N : (N / 128) * 128;
    for (size_t k = 0; k < kEnd; ++k)
        for (size_t i = k + 1; i < N; ++i) {
            const double f = M[i * N + k] / M[k * N + k];
            for (size_t j = k; j < N; ++j) M[i * N + j] -= f * M[k * N + j];
            r[i] -= f * r[k];
        }
    for (size_t i = N; i-- > 0;) {
        double s = r[i];
        for (size_t j = i + 1; j < N; ++j) s -= M[i * N + j] * x[j];
        x[i] = s / M[i * N + i];
    }
}
