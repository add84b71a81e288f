#pragma once
#include <limits>
#include <vector>

namespace baseline {
inline int smallestOdd(std::vector<int> const &x) {
    int best = std::numeric_limits<int>::max();
    for (int v : x)
        if (v % 2 != 0 && v < best) best = v;
    return best;
}
}  // namespace baseline
