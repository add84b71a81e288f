#pragma once
#include <array>
#include <cstddef>
#include <vector>

namespace baseline {
inline void byteHistogram(std::vector<unsigned char> const &data, SharedHistogram &hist) {
    std::array<std::size_t, 256> local{};
    for (unsigned char b : data) ++local[b];
    for (std::size_t b = 0; b < 256; ++b) hist.counts[b] += local[b];
}
}  // namespace baseline
