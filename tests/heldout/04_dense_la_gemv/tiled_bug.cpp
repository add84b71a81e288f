// expect: invalid
// Held-out: 128 x 128 tiles, last partial tile in each dimension skipped. Expected INVALID.
void gemv(std::vector<double> const& A, std::vector<double> const& x, std::vector<double> &y, size_t M, size_t N) {
    const size_t Me = M < 128 ? M : (M / 128) * 128, Ne = N < 128 ? N : (N / 128) * 128;
    for (size_t i = 0; i < M; ++i) y[i] = 0.0;
    for (size_t i = 0; i < Me; ++i)
        for (size_t j = 0; j < Ne; ++j) y[i] += A[i * N + j] * x[j];
}
