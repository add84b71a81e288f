double closestPair(std::vector<double> const& x) {
    std::vector<double> v(x);
#if HPX_VERSION_FULL >= 0x010600
    hpx::sort(hpx::execution::par, v.begin(), v.end());
#else
    hpx::parallel::sort(hpx::parallel::execution::par, v.begin(), v.end());
#endif
    // The smallest gap between sorted neighbours, one task per chunk of gaps.
    std::size_t const n = v.size();
    std::size_t const chunks = 4 * std::max<std::size_t>(1, hpx::get_num_worker_threads());
    std::vector<hpx::future<double>> parts;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t const lo = std::max<std::size_t>(1, n * c / chunks), hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&v, lo, hi] {
            double best = std::numeric_limits<double>::infinity();
            for (std::size_t i = lo; i < hi; ++i) best = std::min(best, v[i] - v[i - 1]);
            return best;
        }));
    }
    double best = std::numeric_limits<double>::infinity();
    for (auto &part : parts) best = std::min(best, part.get());
    return best;
}
