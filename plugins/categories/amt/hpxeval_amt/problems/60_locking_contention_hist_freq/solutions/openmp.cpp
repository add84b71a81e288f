void byteHistogram(std::vector<unsigned char> const& data, SharedHistogram &hist) {
    const long long n = static_cast<long long>(data.size());
#pragma omp parallel
    {
        // Each thread counts into its own bins, then merges them under the per-bin locks.
        std::array<std::size_t, 256> local{};
#pragma omp for schedule(static) nowait
        for (long long i = 0; i < n; ++i) ++local[data[i]];
        for (std::size_t b = 0; b < 256; ++b) {
            if (local[b] == 0) continue;
            std::lock_guard<BinLock> guard(hist.locks[b]);
            hist.counts[b] += local[b];
        }
    }
}
