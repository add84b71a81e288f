#pragma once
#include <algorithm>
#include <vector>

namespace baseline {
// Selection on a copy: std::nth_element runs in expected linear time.
inline int findKthSmallest(std::vector<int> const &x, int k) {
    std::vector<int> copy(x);
    std::nth_element(copy.begin(), copy.begin() + (k - 1), copy.end());
    return copy[k - 1];
}
}  // namespace baseline
