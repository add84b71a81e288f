void luFactorize(std::vector<double> &A, size_t N) {
    const long long n = static_cast<long long>(N);
    // Step k is sequential; the rows below the pivot are independent within a step.
    for (long long k = 0; k < n; ++k) {
        const double pivot = A[k * n + k];
#pragma omp parallel for schedule(static)
        for (long long i = k + 1; i < n; ++i) {
            const double factor = A[i * n + k] / pivot;
            A[i * n + k] = factor;
            for (long long j = k + 1; j < n; ++j) A[i * n + j] -= factor * A[k * n + j];
        }
    }
}
