#pragma once
#include <array>
#include <cstddef>
#include <mutex>

// The lock that guards one bin of a SharedHistogram.
using BinLock = std::mutex;

// A 256-bin histogram of byte values that several workers may update concurrently:
// counts[b] is the number of bytes equal to b seen so far, and locks[b] must be held
// while counts[b] is read or modified.
struct SharedHistogram {
    std::array<std::size_t, 256> counts{};
    std::array<BinLock, 256> locks;
};
