// expect: valid
// Held-out: Gaussian elimination with partial pivoting: the same x. Expected VALID.
void solveLinearSystem(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    std::vector<double> M(A), r(b);
    for (size_t k = 0; k < N; ++k) {
        size_t p = k;
        for (size_t i = k + 1; i < N; ++i) if (std::fabs(M[i * N + k]) > std::fabs(M[p * N + k])) p = i;
        if (p != k) { for (size_t j = 0; j < N; ++j) std::swap(M[k * N + j], M[p * N + j]); std::swap(r[k], r[p]); }
        for (size_t i = k + 1; i < N; ++i) {
            const double f = M[i * N + k] / M[k * N + k];
            for (size_t j = k; j < N; ++j) M[i * N + j] -= f * M[k * N + j];
            r[i] -= f * r[k];
        }
    }
    for (size_t i = N; i-- > 0;) {
        double s = r[i];
        for (size_t j = i + 1; j < N; ++j) s -= M[i * N + j] * x[j];
        x[i] = s / M[i * N + i];
    }
}
