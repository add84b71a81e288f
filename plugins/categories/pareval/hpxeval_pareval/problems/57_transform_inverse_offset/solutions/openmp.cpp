void oneMinusInverse(std::vector<double> &x) {
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) x[i] = 1.0 - 1.0 / x[i];
}
