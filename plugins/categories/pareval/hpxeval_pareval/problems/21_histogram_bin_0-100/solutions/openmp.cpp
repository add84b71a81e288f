void binsBy10Count(std::vector<double> const& x, std::array<size_t, 10> &bins) {
    size_t *counts = bins.data();
    const long long n = static_cast<long long>(x.size());
    for (size_t b = 0; b < 10; ++b) counts[b] = 0;
#pragma omp parallel for reduction(+ : counts[:10])
    for (long long i = 0; i < n; ++i) {
        ++counts[x[i] >= 100.0 ? 9 : static_cast<std::size_t>(x[i] / 10.0)];
    }
}
