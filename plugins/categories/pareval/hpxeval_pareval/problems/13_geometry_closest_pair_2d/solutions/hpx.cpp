static bool byX(Point const &a, Point const &b) { return a.x < b.x; }

double closestPair(std::vector<Point> const& points) {
    std::vector<Point> p(points);
#if HPX_VERSION_FULL >= 0x010600
    hpx::sort(hpx::execution::par, p.begin(), p.end(), byX);
#else
    hpx::parallel::sort(hpx::parallel::execution::par, p.begin(), p.end(), byX);
#endif
    std::size_t const n = p.size();
    std::size_t const chunks = 4 * std::max<std::size_t>(1, hpx::get_num_worker_threads());
    // Pass 1: an upper bound from neighbours in x order. Pass 2: each task sweeps its share of the
    // points, looking back (across its own start too) only while the x gap is below its best.
    std::vector<hpx::future<double>> bounds;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t const lo = std::max<std::size_t>(1, n * c / chunks), hi = n * (c + 1) / chunks;
        bounds.push_back(hpx::async([&p, lo, hi] {
            double b = std::numeric_limits<double>::infinity();
            for (std::size_t i = lo; i < hi; ++i) b = std::min(b, distance(p[i - 1], p[i]));
            return b;
        }));
    }
    double bound = std::numeric_limits<double>::infinity();
    for (auto &b : bounds) bound = std::min(bound, b.get());
    std::vector<hpx::future<double>> parts;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t const lo = std::max<std::size_t>(1, n * c / chunks), hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&p, lo, hi, bound] {
            double best = bound;
            for (std::size_t i = lo; i < hi; ++i)
                for (std::size_t j = i; j-- > 0 && p[i].x - p[j].x < best;)
                    best = std::min(best, distance(p[i], p[j]));
            return best;
        }));
    }
    double best = bound;
    for (auto &part : parts) best = std::min(best, part.get());
    return best;
}
