// expect: valid
// Held-out: LU in single precision (ParEval's 1e-3 absolute tolerance accepts it). Expected VALID.
void luFactorize(std::vector<double> &A, size_t N) {
    std::vector<float> a(A.begin(), A.end());
    for (size_t k = 0; k < N; ++k)
        for (size_t i = k + 1; i < N; ++i) {
            a[i * N + k] /= a[k * N + k];
            const float f = a[i * N + k];
            for (size_t j = k + 1; j < N; ++j) a[i * N + j] -= f * a[k * N + j];
        }
    for (size_t i = 0; i < N * N; ++i) A[i] = a[i];
}
