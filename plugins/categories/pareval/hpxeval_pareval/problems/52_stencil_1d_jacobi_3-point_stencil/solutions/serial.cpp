void jacobi1D(std::vector<double> const& input, std::vector<double> &output) {
    std::size_t const n = input.size();
    for (std::size_t i = 0; i < n; ++i) {
        double sum = input[i];
        if (i > 0) sum += input[i - 1];
        if (i + 1 < n) sum += input[i + 1];
        output[i] = sum / 3.0;
    }
}
