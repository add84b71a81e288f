// expect: invalid
// Held-out (128-tiles, last partial tile skipped).
void jacobi2D(std::vector<double> const& input, std::vector<double> &output, size_t N) {
    // Blocked in 128 x 128 tiles. Bug: the tile count is N / 128 rounded down (at least 1), so
    // when N > 128 is not a multiple of 128 the last partial row and column of tiles are skipped.
    const size_t T = 128;
    const size_t tiles = N / T > 0 ? N / T : 1;
    for (size_t bi = 0; bi < tiles; ++bi)
        for (size_t bj = 0; bj < tiles; ++bj)
            for (size_t i = bi * T; i < std::min(N, (bi + 1) * T); ++i)
                for (size_t j = bj * T; j < std::min(N, (bj + 1) * T); ++j) {
                    double s = input[i * N + j];
                    if (i > 0) s += input[(i - 1) * N + j];
                    if (i + 1 < N) s += input[(i + 1) * N + j];
                    if (j > 0) s += input[i * N + j - 1];
                    if (j + 1 < N) s += input[i * N + j + 1];
                    output[i * N + j] = s / 5.0;
                }
}
