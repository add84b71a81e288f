#pragma once
#include <cstddef>
#include <vector>
#include <hpx/future.hpp>
#include <hpx/version.hpp>

#if HPX_VERSION_FULL >= 0x010600
// A one-shot channel for a halo value: set_value() on one side, get_future() on the other.
using HaloPromise = hpx::promise<double>;
#else
// A one-shot channel for a halo value: set_value() on one side, get_future() on the other.
using HaloPromise = hpx::lcos::local::promise<double>;
#endif

// One tile: a block of consecutive unknowns, updated sweep after sweep. The tile sets first[k]
// and last[k] to its first and last value after sweep k (k = 0: the initial values); its left
// and right neighbours wait on the matching futures for the halo values of sweep k + 1.
struct JacobiTile {
    std::vector<double> u;
    std::vector<HaloPromise> first, last;
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
