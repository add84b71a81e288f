#pragma once
#include <array>
#include <string>
#include <vector>

namespace baseline {
inline void pixelCounts(std::vector<int> const &x, std::array<size_t, 256> &bins) {
    bins.fill(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
        ++bins[x[i]];
    }
}
}  // namespace baseline
