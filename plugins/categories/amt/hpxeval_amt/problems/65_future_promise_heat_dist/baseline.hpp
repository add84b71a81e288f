#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline std::vector<double> heatDiffusion(std::vector<double> const &initial, size_t tileSize, size_t steps) {
    (void)tileSize;  // the tiling does not change the result
    const std::size_t n = initial.size();
    std::vector<double> u = initial, next(n);
    for (std::size_t s = 0; s < steps; ++s) {
        for (std::size_t i = 0; i < n; ++i) {
            const double l = u[i == 0 ? n - 1 : i - 1];
            const double r = u[i + 1 == n ? 0 : i + 1];
            next[i] = u[i] + heatAlpha() * (l - 2.0 * u[i] + r);
        }
        u.swap(next);
    }
    return u;
}
}  // namespace baseline
