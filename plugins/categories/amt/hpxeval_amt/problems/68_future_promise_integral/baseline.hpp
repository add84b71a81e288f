#pragma once
#include <cmath>
#include <cstdint>
#include <functional>

namespace baseline {
inline IntegralEstimate monteCarloIntegral(std::function<double(double)> const &f, double a, double b,
                                           std::uint64_t samples, std::uint64_t seed) {
    double sum = 0.0, sumSquares = 0.0;
    for (std::uint64_t i = 0; i < samples; ++i) {
        const double y = f(a + (b - a) * uniformAt(seed, i));
        sum += y;
        sumSquares += y * y;
    }
    const double n = static_cast<double>(samples);
    const double mean = sum / n;
    const double variance = std::max(0.0, sumSquares / n - mean * mean);
    IntegralEstimate r;
    r.value = (b - a) * mean;
    r.stdError = (b - a) * std::sqrt(variance / n);
    return r;
}
}  // namespace baseline
