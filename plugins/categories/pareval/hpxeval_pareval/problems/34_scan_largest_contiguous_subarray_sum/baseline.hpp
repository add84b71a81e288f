#pragma once
#include <algorithm>
#include <cstddef>
#include <vector>

namespace baseline {
// Kadane's algorithm: the best sum of a subarray ending at i is x[i] plus the best sum ending
// at i-1 when that is positive.
inline int maximumSubarray(std::vector<int> const &x) {
    int endingHere = x[0], best = x[0];
    for (std::size_t i = 1; i < x.size(); ++i) {
        endingHere = std::max(x[i], endingHere + x[i]);
        best = std::max(best, endingHere);
    }
    return best;
}
}  // namespace baseline
