double sumOfMinimumElements(std::vector<double> const& x, std::vector<double> const& y) {
    // Each task reduces one chunk; the partial results are combined in order.
    std::size_t const n = x.size();
    std::size_t const chunks = 4 * std::max<std::size_t>(1, hpx::get_num_worker_threads());
    std::vector<hpx::future<double>> parts;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t const lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&, lo, hi] {
            double acc = 0.0;
            for (std::size_t i = lo; i < hi; ++i) { acc += std::min(x[i], y[i]); }
            return acc;
        }));
    }
    double total = 0.0;
    for (auto &part : parts) { double const acc = part.get(); total += acc; }
    return total;
}
