std::vector<size_t> parallelHistogram(std::vector<double> const& x, size_t numBins) {
    // Off by one: the first value is skipped.
    std::vector<size_t> bins(numBins, 0);
    for (size_t i = 1; i < x.size(); ++i) {
        size_t b = static_cast<size_t>(x[i] * static_cast<double>(numBins));
        ++bins[std::min(b, numBins - 1)];
    }
    return bins;
}
