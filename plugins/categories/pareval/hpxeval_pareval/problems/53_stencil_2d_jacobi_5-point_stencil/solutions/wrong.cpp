void jacobi2D(std::vector<double> const& input, std::vector<double> &output, size_t N) {
    // Wrong: the left and right neighbours are taken from the flat index k - 1 and k + 1 without
    // checking the column, so cells on the left and right edges read the neighbouring row.
    std::size_t const total = N * N;
    for (std::size_t k = 0; k < total; ++k) {
        double sum = input[k];
        if (k >= N) sum += input[k - N];
        if (k + N < total) sum += input[k + N];
        if (k > 0) sum += input[k - 1];
        if (k + 1 < total) sum += input[k + 1];
        output[k] = sum / 5.0;
    }
}
