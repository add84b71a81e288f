double sumOfPrefixSum(std::vector<double> const& x) {
    // x[i] appears in the prefix sums i, i+1, ..., n-1: it contributes (n - i) times.
    const long long n = static_cast<long long>(x.size());
    double total = 0.0;
#pragma omp parallel for reduction(+ : total)
    for (long long i = 0; i < n; ++i) total += x[i] * static_cast<double>(n - i);
    return total;
}
