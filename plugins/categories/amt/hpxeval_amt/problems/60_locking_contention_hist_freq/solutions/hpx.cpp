void byteHistogram(std::vector<unsigned char> const& data, SharedHistogram &hist) {
    const std::size_t n = data.size();
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t chunks = std::min<std::size_t>(4 * cores, n / 4096 + 1);
    std::vector<hpx::future<void>> tasks;
    tasks.reserve(chunks);
    for (std::size_t c = 0; c < chunks; ++c) {
        const std::size_t lo = n * c / chunks, hi = n * (c + 1) / chunks;
        const unsigned char *bytes = data.data();
        tasks.push_back(hpx::async([bytes, &hist, lo, hi] {
            // Count privately, then publish each non-empty bin under that bin's spinlock.
            std::array<std::size_t, 256> local{};
            for (std::size_t i = lo; i < hi; ++i) ++local[bytes[i]];
            for (std::size_t b = 0; b < 256; ++b) {
                if (local[b] == 0) continue;
                std::lock_guard<BinLock> guard(hist.locks[b]);
                hist.counts[b] += local[b];
            }
        }));
    }
    hpx::wait_all(tasks);
}
