IntegralEstimate monteCarloIntegral(std::function<double(double)> const& f, double a, double b, std::uint64_t samples, std::uint64_t seed) {
    // Each chunk is an asynchronous task returning its (sum, sum of squares) through a future.
    using Sums = std::pair<double, double>;
    const std::uint64_t chunk = 1 << 18;
    std::vector<hpx::future<Sums>> parts;
    for (std::uint64_t lo = 0; lo < samples; lo += chunk) {
        const std::uint64_t hi = std::min(samples, lo + chunk);
        parts.push_back(hpx::async([&f, a, b, seed, lo, hi] {
            double s1 = 0.0, s2 = 0.0;
            for (std::uint64_t i = lo; i < hi; ++i) {
                double y = f(a + (b - a) * uniformAt(seed, i));
                s1 += y;
                s2 += y * y;
            }
            return Sums{s1, s2};
        }));
    }
    // A dataflow over all partial results combines them once every chunk has finished.
    hpx::future<IntegralEstimate> result = hpx::dataflow(
        [a, b, samples](std::vector<hpx::future<Sums>> done) {
            double s1 = 0.0, s2 = 0.0;
            for (auto &part : done) {
                Sums s = part.get();
                s1 += s.first;
                s2 += s.second;
            }
            double n = static_cast<double>(samples), mean = s1 / n;
            double variance = std::max(0.0, s2 / n - mean * mean);
            return IntegralEstimate{(b - a) * mean, (b - a) * std::sqrt(variance / n)};
        },
        std::move(parts));
    return result.get();
}
