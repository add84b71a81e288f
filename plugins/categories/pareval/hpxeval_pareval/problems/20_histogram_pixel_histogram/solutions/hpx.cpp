void pixelCounts(std::vector<int> const& x, std::array<size_t, 256> &bins) {
    // Each task counts one chunk into a private histogram; the partial histograms are summed.
    std::size_t const n = x.size();
    int const *pixels = x.data();
    std::size_t const chunks = 4 * std::max<std::size_t>(1, hpx::get_num_worker_threads());
    std::vector<hpx::future<std::array<size_t, 256>>> parts;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t const lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([pixels, lo, hi] {
            std::array<size_t, 256> local{};
            for (std::size_t i = lo; i < hi; ++i) ++local[pixels[i]];
            return local;
        }));
    }
    bins.fill(0);
    for (auto &part : parts) {
        std::array<size_t, 256> const local = part.get();
        for (std::size_t b = 0; b < 256; ++b) bins[b] += local[b];
    }
}
