IntegralEstimate monteCarloIntegral(std::function<double(double)> const& f, double a, double b, std::uint64_t samples, std::uint64_t seed) {
    double s1 = 0.0, s2 = 0.0;
    const long long count = static_cast<long long>(samples);
#pragma omp parallel for reduction(+ : s1, s2) schedule(static)
    for (long long i = 0; i < count; ++i) {
        double y = f(a + (b - a) * uniformAt(seed, static_cast<std::uint64_t>(i)));
        s1 += y;
        s2 += y * y;
    }
    double n = static_cast<double>(samples), mean = s1 / n;
    double variance = std::max(0.0, s2 / n - mean * mean);
    return IntegralEstimate{(b - a) * mean, (b - a) * std::sqrt(variance / n)};
}
