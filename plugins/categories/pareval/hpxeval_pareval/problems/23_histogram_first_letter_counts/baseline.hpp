#pragma once
#include <array>
#include <string>
#include <vector>

namespace baseline {
inline void firstLetterCounts(std::vector<std::string> const &x, std::array<size_t, 26> &bins) {
    bins.fill(0);
    for (std::size_t i = 0; i < x.size(); ++i) {
        ++bins[x[i][0] - 'a'];
    }
}
}  // namespace baseline
