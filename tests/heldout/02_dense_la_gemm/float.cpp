// expect: valid
// Held-out: accumulation in single precision (ParEval's 1e-4 absolute tolerance accepts it). Expected VALID.
void gemm(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C, size_t M, size_t K, size_t N) {
    for (size_t i = 0; i < M; ++i)
        for (size_t j = 0; j < N; ++j) {
            float s = 0.0f;
            for (size_t k = 0; k < K; ++k) s += (float)A[i * K + k] * (float)B[k * N + j];
            C[i * N + j] = s;
        }
}
