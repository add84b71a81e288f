#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline void reversePrefixSum(std::vector<int> const &x, std::vector<int> &output) {
    int running = 0;
    for (std::size_t i = x.size(); i-- > 0;) {
        running += x[i];
        output[i] = running;
    }
}
}  // namespace baseline
