#pragma once
#include <vector>

namespace baseline {
inline void relu(std::vector<double> &x) {
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] < 0.0) x[i] = 0.0;
}
}  // namespace baseline
