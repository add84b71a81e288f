std::vector<size_t> parallelHistogram(std::vector<double> const& x, size_t numBins) {
    std::vector<size_t> bins(numBins, 0);
    hpx::mutex binsLock;
    const size_t n = x.size();
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t chunks = std::min<size_t>(4 * cores, n / 4096 + 1);
    const double scale = static_cast<double>(numBins);
    std::vector<hpx::future<void>> tasks;
    for (size_t c = 0; c < chunks; ++c) {
        const size_t lo = n * c / chunks, hi = n * (c + 1) / chunks;
        const double *values = x.data();
        tasks.push_back(hpx::async([=, &bins, &binsLock] {
            // Private counts per task; the shared result is merged under the HPX mutex.
            std::vector<size_t> local(numBins, 0);
            for (size_t i = lo; i < hi; ++i) {
                size_t b = static_cast<size_t>(values[i] * scale);
                ++local[std::min(b, numBins - 1)];
            }
            std::lock_guard<decltype(binsLock)> guard(binsLock);
            for (size_t b = 0; b < numBins; ++b) bins[b] += local[b];
        }));
    }
    hpx::wait_all(tasks);
    return bins;
}
