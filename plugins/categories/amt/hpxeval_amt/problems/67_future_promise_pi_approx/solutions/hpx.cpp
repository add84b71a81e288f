PiEstimate estimatePi(std::uint64_t samples, std::uint64_t seed) {
    // One asynchronous task per chunk; each returns its hit count through a future.
    const std::uint64_t chunk = 1 << 20;
    std::vector<hpx::future<std::uint64_t>> parts;
    for (std::uint64_t lo = 0; lo < samples; lo += chunk) {
        const std::uint64_t hi = std::min(samples, lo + chunk);
        parts.push_back(hpx::async([seed, lo, hi] {
            std::uint64_t inside = 0;
            for (std::uint64_t i = lo; i < hi; ++i) {
                double x = uniformAt(seed, 2 * i), y = uniformAt(seed, 2 * i + 1);
                if (x * x + y * y <= 1.0) ++inside;
            }
            return inside;
        }));
    }
    // Combine when every chunk is ready.
    hpx::future<std::uint64_t> total = hpx::when_all(parts).then([](auto all) {
        std::uint64_t sum = 0;
        for (auto &f : all.get()) sum += f.get();
        return sum;
    });
    const std::uint64_t inside = total.get();
    return PiEstimate{inside, 4.0 * static_cast<double>(inside) / static_cast<double>(samples)};
}
