void firstLetterCounts(std::vector<std::string> const& x, std::array<size_t, 26> &bins) {
    size_t *counts = bins.data();
    const long long n = static_cast<long long>(x.size());
    for (size_t b = 0; b < 26; ++b) counts[b] = 0;
#pragma omp parallel for reduction(+ : counts[:26])
    for (long long i = 0; i < n; ++i) {
        ++counts[x[i][0] - 'a'];
    }
}
