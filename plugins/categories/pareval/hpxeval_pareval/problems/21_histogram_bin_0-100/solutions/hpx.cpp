void binsBy10Count(std::vector<double> const& x, std::array<size_t, 10> &bins) {
    // Each task counts one chunk into a private histogram; the partial histograms are summed.
    std::size_t const n = x.size();
    std::size_t const chunks = 4 * std::max<std::size_t>(1, hpx::get_num_worker_threads());
    std::vector<hpx::future<std::array<size_t, 10>>> parts;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t const lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&x, lo, hi] {
            std::array<size_t, 10> local{};
            for (std::size_t i = lo; i < hi; ++i) {
                ++local[x[i] >= 100.0 ? 9 : static_cast<std::size_t>(x[i] / 10.0)];
            }
            return local;
        }));
    }
    bins.fill(0);
    for (auto &part : parts) {
        std::array<size_t, 10> const local = part.get();
        for (std::size_t b = 0; b < 10; ++b) bins[b] += local[b];
    }
}
