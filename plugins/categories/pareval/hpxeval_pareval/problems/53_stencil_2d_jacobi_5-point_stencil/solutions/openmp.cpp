void jacobi2D(std::vector<double> const& input, std::vector<double> &output, size_t N) {
    long long const n = static_cast<long long>(N);
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < n; ++j) {
            double sum = input[i * n + j];
            if (i > 0) sum += input[(i - 1) * n + j];
            if (i + 1 < n) sum += input[(i + 1) * n + j];
            if (j > 0) sum += input[i * n + j - 1];
            if (j + 1 < n) sum += input[i * n + j + 1];
            output[i * n + j] = sum / 5.0;
        }
    }
}
