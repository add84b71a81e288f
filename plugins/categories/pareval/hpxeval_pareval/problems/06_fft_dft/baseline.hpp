#pragma once
#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

namespace baseline {
// Direct O(n^2) sum. The twiddles e^{-2 pi i m/n} are tabulated once; the index j*k is reduced
// mod n incrementally, so every twiddle is exact to rounding.
inline void dft(std::vector<double> const &x, std::vector<std::complex<double>> &output) {
    const std::size_t n = x.size();
    const double pi = 3.14159265358979323846;
    std::vector<double> wr(n), wi(n);
    for (std::size_t m = 0; m < n; ++m) {
        const double angle = -2.0 * pi * static_cast<double>(m) / static_cast<double>(n);
        wr[m] = std::cos(angle);
        wi[m] = std::sin(angle);
    }
    for (std::size_t k = 0; k < n; ++k) {
        double re = 0.0, im = 0.0;
        std::size_t m = 0;  // (j * k) mod n
        for (std::size_t j = 0; j < n; ++j) {
            re += x[j] * wr[m];
            im += x[j] * wi[m];
            m += k;
            if (m >= n) m -= n;
        }
        output[k] = {re, im};
    }
}
}  // namespace baseline
