double sumOfPrefixSum(std::vector<double> const& x) {
    // x[i] appears in the prefix sums i, i+1, ..., n-1: it contributes (n - i) times.
    // Each task sums the weighted values of one chunk.
    const std::size_t n = x.size();
    const std::size_t chunks = std::max<std::size_t>(1, 4 * hpx::get_os_thread_count());
    std::vector<hpx::future<double>> parts;
    parts.reserve(chunks);
    for (std::size_t c = 0; c < chunks; ++c) {
        const std::size_t lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&x, n, lo, hi]() {
            double sum = 0.0;
            for (std::size_t i = lo; i < hi; ++i) sum += x[i] * static_cast<double>(n - i);
            return sum;
        }));
    }
    double total = 0.0;
    for (auto &part : parts) total += part.get();
    return total;
}
