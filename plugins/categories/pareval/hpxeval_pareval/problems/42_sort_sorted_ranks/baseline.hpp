#pragma once
#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace baseline {
// Sort (value, index) pairs; the position of a pair in the sorted order is its index's rank.
inline void ranks(std::vector<float> const &x, std::vector<std::size_t> &ranks) {
    std::vector<std::pair<float, std::size_t>> order(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) order[i] = {x[i], i};
    std::sort(order.begin(), order.end());
    for (std::size_t r = 0; r < order.size(); ++r) ranks[order[r].second] = r;
}
}  // namespace baseline
