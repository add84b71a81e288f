std::vector<size_t> parallelHistogram(std::vector<double> const& x, size_t numBins) {
    std::vector<size_t> bins(numBins, 0);
    for (double v : x) {
        size_t b = static_cast<size_t>(v * static_cast<double>(numBins));
        ++bins[std::min(b, numBins - 1)];
    }
    return bins;
}
