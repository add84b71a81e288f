void cellsXOR(std::vector<int> const& input, std::vector<int> &output, size_t N) {
    // Wrong: takes the parity of the live neighbours (an odd count, so 3 counts too) instead of
    // "exactly one".
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = 0; j < N; ++j) {
            int x = 0;
            if (i > 0) x ^= input[(i - 1) * N + j];
            if (i + 1 < N) x ^= input[(i + 1) * N + j];
            if (j > 0) x ^= input[i * N + j - 1];
            if (j + 1 < N) x ^= input[i * N + j + 1];
            output[i * N + j] = x;
        }
    }
}
