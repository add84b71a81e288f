#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline std::vector<size_t> parallelHistogram(std::vector<double> const &x, size_t numBins) {
    std::vector<size_t> bins(numBins, 0);
    const double scale = static_cast<double>(numBins);
    for (double v : x) {
        size_t b = static_cast<size_t>(v * scale);
        ++bins[b < numBins ? b : numBins - 1];
    }
    return bins;
}
}  // namespace baseline
