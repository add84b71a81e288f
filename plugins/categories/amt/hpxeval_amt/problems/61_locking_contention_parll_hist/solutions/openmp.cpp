std::vector<size_t> parallelHistogram(std::vector<double> const& x, size_t numBins) {
    std::vector<size_t> bins(numBins, 0);
    const long long n = static_cast<long long>(x.size());
    const double scale = static_cast<double>(numBins);
#pragma omp parallel
    {
        std::vector<size_t> local(numBins, 0);
#pragma omp for schedule(static) nowait
        for (long long i = 0; i < n; ++i) {
            size_t b = static_cast<size_t>(x[i] * scale);
            ++local[std::min(b, numBins - 1)];
        }
#pragma omp critical
        for (size_t b = 0; b < numBins; ++b) bins[b] += local[b];
    }
    return bins;
}
