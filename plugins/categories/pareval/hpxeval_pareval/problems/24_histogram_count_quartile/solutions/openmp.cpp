void countQuartiles(std::vector<double> const& x, std::array<size_t, 4> &bins) {
    size_t *counts = bins.data();
    const long long n = static_cast<long long>(x.size());
    for (size_t b = 0; b < 4; ++b) counts[b] = 0;
#pragma omp parallel for reduction(+ : counts[:4])
    for (long long i = 0; i < n; ++i) {
        double const frac = x[i] - std::floor(x[i]);
        ++counts[frac < 0.25 ? 0 : frac < 0.5 ? 1 : frac < 0.75 ? 2 : 3];
    }
}
