void jacobi1D(std::vector<double> const& input, std::vector<double> &output) {
    long long const n = static_cast<long long>(input.size());
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) {
        double const left = i > 0 ? input[i - 1] : 0.0;
        double const right = i + 1 < n ? input[i + 1] : 0.0;
        output[i] = (left + input[i] + right) / 3.0;
    }
}
