void jacobi1D(std::vector<double> const& input, std::vector<double> &output) {
    // Wrong: at the two ends it averages only the values that exist (divides by 2, not 3).
    std::size_t const n = input.size();
    for (std::size_t i = 0; i < n; ++i) {
        double sum = input[i];
        int count = 1;
        if (i > 0) { sum += input[i - 1]; ++count; }
        if (i + 1 < n) { sum += input[i + 1]; ++count; }
        output[i] = sum / count;
    }
}
