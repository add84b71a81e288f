void byteHistogram(std::vector<unsigned char> const& data, SharedHistogram &hist) {
    // Off by one: the last byte is never counted.
    std::array<std::size_t, 256> local{};
    for (std::size_t i = 0; i + 1 < data.size(); ++i) ++local[data[i]];
    for (std::size_t b = 0; b < 256; ++b) {
        std::lock_guard<BinLock> guard(hist.locks[b]);
        hist.counts[b] += local[b];
    }
}
