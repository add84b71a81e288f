// expect: invalid
// Held-out: Jacobi iteration (converges only on diagonally dominant matrices; ParEval's random
// matrices make it diverge). Expected INVALID.
void solveLinearSystem(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x, size_t N) {
    std::vector<double> next(N, 0.0);
    for (int it = 0; it < 200; ++it) {
        for (size_t i = 0; i < N; ++i) {
            double s = b[i];
            for (size_t j = 0; j < N; ++j) if (j != i) s -= A[i * N + j] * x[j];
            next[i] = s / A[i * N + i];
        }
        x = next;
    }
}
