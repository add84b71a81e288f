void byteHistogram(std::vector<unsigned char> const& data, SharedHistogram &hist) {
    for (std::size_t b = 0; b < 256; ++b) {
        std::lock_guard<BinLock> guard(hist.locks[b]);
        hist.counts[b] = 0;
    }
}
