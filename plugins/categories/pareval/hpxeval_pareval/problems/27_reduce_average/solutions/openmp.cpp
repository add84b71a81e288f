double average(std::vector<double> const& x) {
    double sum = 0.0;
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for reduction(+ : sum)
    for (long long i = 0; i < n; ++i) sum += x[i];
    return sum / static_cast<double>(x.size());
}
