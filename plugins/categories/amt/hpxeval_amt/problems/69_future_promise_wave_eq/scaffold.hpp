#pragma once
#include <cstddef>
#include <vector>

// Squared Courant number c^2 * dt^2 / dx^2 of the scheme (stable up to 1).
constexpr double waveC2() { return 0.25; }

// One tile of the ring: a block of consecutive values at the previous and the current time
// level. first[s] and last[s] hold the tile's first and last current value after step s
// (s = 0: the start), that is the halo values its left and right neighbours need for step s + 1.
struct WaveTile {
    std::vector<double> previous, current;
    std::vector<double> first, last;
};

// Advances one tile by one time step: on return, previous holds the values of the old current
// level and current those of the new level. leftHalo and rightHalo are the current-level
// values just beyond the tile's first and last value (from its neighbours on the ring).
inline void waveStep(std::vector<double>& previous, std::vector<double>& current, double leftHalo,
                     double rightHalo) {
    const std::size_t n = current.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double l = i == 0 ? leftHalo : current[i - 1];
        const double r = i + 1 == n ? rightHalo : current[i + 1];
        previous[i] = 2.0 * current[i] - previous[i] + waveC2() * (l - 2.0 * current[i] + r);
    }
    previous.swap(current);
}
