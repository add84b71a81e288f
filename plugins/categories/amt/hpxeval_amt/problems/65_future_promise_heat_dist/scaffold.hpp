#pragma once
#include <cstddef>
#include <vector>

// Diffusion number of one time step (k * dt / dx^2); the scheme is stable up to 0.5.
constexpr double heatAlpha() { return 0.25; }

// A tile: a block of consecutive temperatures of the ring.
struct HeatTile {
    std::vector<double> values;
};

// One time step of one tile: the new values of `middle` from the current values of the tile
// and of its left and right neighbours on the ring (with one tile, it is its own neighbour).
inline std::vector<double> heatStep(std::vector<double> const& left, std::vector<double> const& middle,
                                    std::vector<double> const& right) {
    const std::size_t n = middle.size();
    std::vector<double> next(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double l = i == 0 ? left.back() : middle[i - 1];
        const double r = i + 1 == n ? right.front() : middle[i + 1];
        next[i] = middle[i] + heatAlpha() * (l - 2.0 * middle[i] + r);
    }
    return next;
}
