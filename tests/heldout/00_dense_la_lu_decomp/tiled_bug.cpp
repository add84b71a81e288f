// expect: invalid
// Held-out: blocked LU with tile 128 whose last partial tile of elimination steps is skipped
// (correct when N is a multiple of 128 or smaller than 128). Must be judged INVALID.
void luFactorize(std::vector<double> &A, size_t N) {
    const size_t T = 128;
    const size_t kEnd = N < T ? N : (N / T) * T;
    for (size_t kb = 0; kb < kEnd; kb += T)
        for (size_t k = kb; k < kb + T && k < kEnd; ++k)
            for (size_t i = k + 1; i < N; ++i) {
                A[i * N + k] /= A[k * N + k];
                const double f = A[i * N + k];
                for (size_t j = k + 1; j < N; ++j) A[i * N + j] -= f * A[k * N + j];
            }
}
