double productWithInverses(std::vector<double> const& x) {
    // Each task reduces one chunk; the partial results are combined in order.
    std::size_t const n = x.size();
    std::size_t const chunks = 4 * std::max<std::size_t>(1, hpx::get_num_worker_threads());
    std::vector<hpx::future<double>> parts;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t const lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&, lo, hi] {
            double acc = 1.0;
            for (std::size_t i = lo; i < hi; ++i) { acc *= (i % 2 == 0) ? x[i] : 1.0 / x[i]; }
            return acc;
        }));
    }
    double total = 1.0;
    for (auto &part : parts) { double const acc = part.get(); total *= acc; }
    return total;
}
