#pragma once
#include <cstdint>

// The k-th number of the random stream `seed`, uniform in [0, 1). The generator is
// counter-based: any number of the stream can be computed directly from its index, in any
// order and on any thread, and is always the same.
inline double uniformAt(std::uint64_t seed, std::uint64_t k) {
    std::uint64_t z = (seed ^ 0x5851f42d4c957f2dULL) + (k + 1) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * 0x1.0p-53;
}

// The result of a Monte-Carlo estimate of pi.
struct PiEstimate {
    std::uint64_t inside = 0;  // samples inside the quarter circle
    double pi = 0.0;           // 4.0 * inside / samples
};
