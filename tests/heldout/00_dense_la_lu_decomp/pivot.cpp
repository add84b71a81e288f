// expect: invalid
// Held-out: LU with partial pivoting (rows exchanged in A): not A = LU, ParEval rejects it. Expected INVALID.
void luFactorize(std::vector<double> &A, size_t N) {
    for (size_t k = 0; k < N; ++k) {
        size_t p = k;
        for (size_t i = k + 1; i < N; ++i) if (std::fabs(A[i * N + k]) > std::fabs(A[p * N + k])) p = i;
        if (p != k) for (size_t j = 0; j < N; ++j) std::swap(A[k * N + j], A[p * N + j]);
        for (size_t i = k + 1; i < N; ++i) {
            A[i * N + k] /= A[k * N + k];
            const double f = A[i * N + k];
            for (size_t j = k + 1; j < N; ++j) A[i * N + j] -= f * A[k * N + j];
        }
    }
}
