#pragma once
#include <vector>

namespace baseline {
inline bool reduceLogicalXOR(std::vector<bool> const &x) {
    bool result = false;
    for (bool v : x) result = result != v;
    return result;
}
}  // namespace baseline
