#pragma once
#include <cstdint>

namespace baseline {
inline PiEstimate estimatePi(std::uint64_t samples, std::uint64_t seed) {
    std::uint64_t inside = 0;
    for (std::uint64_t i = 0; i < samples; ++i) {
        const double x = uniformAt(seed, 2 * i), y = uniformAt(seed, 2 * i + 1);
        inside += x * x + y * y <= 1.0;
    }
    PiEstimate r;
    r.inside = inside;
    r.pi = 4.0 * static_cast<double>(inside) / static_cast<double>(samples);
    return r;
}
}  // namespace baseline
