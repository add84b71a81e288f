// expect: invalid
// Held-out: blocked gemm with 128 x 128 x 128 tiles whose last, partial tile in every dimension is
// skipped (the tile count is rounded down). Correct when every dimension is a multiple of 128 or
// smaller than 128, wrong otherwise. Expected INVALID.
void gemm(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C, size_t M, size_t K, size_t N) {
    const size_t T = 128;
    auto end = [&](size_t d) { return d < T ? d : (d / T) * T; };
    const size_t Me = end(M), Ke = end(K), Ne = end(N);
    for (size_t i = 0; i < M * N; ++i) C[i] = 0.0;
    for (size_t ib = 0; ib < Me; ib += T)
        for (size_t kb = 0; kb < Ke; kb += T)
            for (size_t jb = 0; jb < Ne; jb += T)
                for (size_t i = ib; i < std::min(ib + T, Me); ++i)
                    for (size_t k = kb; k < std::min(kb + T, Ke); ++k) {
                        const double a = A[i * K + k];
                        for (size_t j = jb; j < std::min(jb + T, Ne); ++j) C[i * N + j] += a * B[k * N + j];
                    }
}
