// expect: invalid
// Held-out: y += A*x (fails ParEval's second trial, where y holds the first result). Expected INVALID.
void gemv(std::vector<double> const& A, std::vector<double> const& x, std::vector<double> &y, size_t M, size_t N) {
    for (size_t i = 0; i < M; ++i)
        for (size_t j = 0; j < N; ++j) y[i] += A[i * N + j] * x[j];
}
