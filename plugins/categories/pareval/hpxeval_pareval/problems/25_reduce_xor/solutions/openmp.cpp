bool reduceLogicalXOR(std::vector<bool> const& x) {
    int count = 0;
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for reduction(^ : count)
    for (long long i = 0; i < n; ++i) count ^= x[i] ? 1 : 0;
    return count != 0;
}
