#pragma once
#include <cstddef>
#include <vector>

// One tile: a block of consecutive unknowns, updated sweep after sweep. first[k] and last[k]
// hold the tile's first and last value after sweep k (k = 0: the initial values), that is the
// halo values its left and right neighbours need for sweep k + 1.
struct JacobiTile {
    std::vector<double> u;
    std::vector<double> first, last;
};

// One Jacobi sweep of a tile: uNew[i] = 0.5 * (uOld[i-1] + uOld[i+1] + f[i]) for every value of
// the tile, where the values just beyond its ends are leftHalo and rightHalo, and f points to the
// tile's part of the right-hand side. uNew must have the size of uOld.
inline void jacobiSweep(std::vector<double> const& uOld, double const* f, double leftHalo, double rightHalo,
                        std::vector<double>& uNew) {
    const std::size_t n = uOld.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double l = i == 0 ? leftHalo : uOld[i - 1];
        const double r = i + 1 == n ? rightHalo : uOld[i + 1];
        uNew[i] = 0.5 * (l + r + f[i]);
    }
}
