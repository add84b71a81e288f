IntegralEstimate monteCarloIntegral(std::function<double(double)> const& f, double a, double b, std::uint64_t samples, std::uint64_t seed) {
    // Off by one in the stream: sample i uses number i + 1.
    double s1 = 0.0, s2 = 0.0;
    for (std::uint64_t i = 0; i < samples; ++i) {
        double y = f(a + (b - a) * uniformAt(seed, i + 1));
        s1 += y;
        s2 += y * y;
    }
    double n = static_cast<double>(samples), mean = s1 / n;
    double variance = std::max(0.0, s2 / n - mean * mean);
    return IntegralEstimate{(b - a) * mean, (b - a) * std::sqrt(variance / n)};
}
