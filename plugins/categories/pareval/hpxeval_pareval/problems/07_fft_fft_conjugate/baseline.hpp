#pragma once
#include <cmath>
#include <complex>
#include <cstddef>
#include <utility>
#include <vector>

namespace baseline {
// Iterative radix-2 transform in place: sign = -1 gives the forward transform
// X_k = sum_j x_j e^{-2 pi i jk/n}, sign = +1 the unnormalised inverse. n must be a power of two.
inline void radix2Transform(std::vector<std::complex<double>> &a, double sign) {
    const std::size_t n = a.size();
    if (n < 2) return;
    for (std::size_t i = 1, j = 0; i < n; ++i) {  // bit-reversal permutation
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    const double pi = 3.14159265358979323846;
    std::vector<double> wr(n / 2), wi(n / 2);  // twiddles e^{sign 2 pi i k/n}
    for (std::size_t k = 0; k < n / 2; ++k) {
        const double angle = sign * 2.0 * pi * static_cast<double>(k) / static_cast<double>(n);
        wr[k] = std::cos(angle);
        wi[k] = std::sin(angle);
    }
    for (std::size_t len = 2; len <= n; len <<= 1) {
        const std::size_t half = len / 2, stride = n / len;
        for (std::size_t start = 0; start < n; start += len) {
            for (std::size_t j = 0; j < half; ++j) {
                const std::complex<double> u = a[start + j], v = a[start + j + half];
                const double c = wr[j * stride], s = wi[j * stride];
                const std::complex<double> t(v.real() * c - v.imag() * s, v.real() * s + v.imag() * c);
                a[start + j] = u + t;
                a[start + j + half] = u - t;
            }
        }
    }
}

inline void fftConjugate(std::vector<std::complex<double>> &x) {
    radix2Transform(x, -1.0);
    for (auto &v : x) v = std::conj(v);
}
}  // namespace baseline
