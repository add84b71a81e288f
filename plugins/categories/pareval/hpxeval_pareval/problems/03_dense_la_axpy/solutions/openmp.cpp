void axpy(double alpha, std::vector<double> const& x, std::vector<double> const& y, std::vector<double> &z) {
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) z[i] = alpha * x[i] + y[i];
}
