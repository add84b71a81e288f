void squareEach(std::vector<int> &x) {
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) x[i] = x[i] * x[i];
}
