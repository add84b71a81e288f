// hpxeval driver support: the interface every problem driver implements and the helpers
// drivers share (a counter-based random generator and result comparisons).
//
// A driver defines, in the global namespace:
//   struct Context;                                  // inputs and outputs of one problem instance
//   Context *init(std::size_t n, std::uint64_t seed); // timed instance of size n
//   void reset(Context *ctx);                         // restore mutable data before each timed call
//   void compute(Context *ctx);                       // call the sample's function
//   void best(Context *ctx);                          // call the serial baseline
//   void destroy(Context *ctx);
//   bool validate(std::size_t n, std::uint64_t seed); // one validation trial: fresh random input,
//                                                     // baseline vs sample, exact or toleranced
// The harness (hpxeval_harness.cpp) calls them; a driver never prints results itself.
#pragma once

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

struct Context;
Context *init(std::size_t n, std::uint64_t seed);
void reset(Context *ctx);
void compute(Context *ctx);
void best(Context *ctx);
void destroy(Context *ctx);
bool validate(std::size_t n, std::uint64_t seed);

namespace hpxeval {

/// splitmix64: a counter-based generator, identical on every platform and compiler.
inline std::uint64_t mix64(std::uint64_t z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// Deterministic random numbers for input generation (no std:: distributions: they differ
/// between standard libraries, and inputs must be the same everywhere).
class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(mix64(seed)) {}
    std::uint64_t next() { return mix64(state_++); }
    /// Uniform integer in [lo, hi] (inclusive).
    long long integer(long long lo, long long hi) {
        auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<long long>(span == 0 ? next() : next() % span);
    }
    /// Uniform double in [lo, hi).
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * (static_cast<double>(next() >> 11) * 0x1.0p-53);
    }
    bool coin(double p_true = 0.5) { return uniform(0.0, 1.0) < p_true; }

  private:
    std::uint64_t state_;
};

/// Relative tolerance for floating-point results: the problem's `rtol` from problem.toml,
/// handed to the harness at run time (default 1e-6). Drivers compare through close().
extern double rtol;
constexpr double default_atol = 1e-9;

inline bool close(double a, double b, double rtol = hpxeval::rtol, double atol = default_atol) {
    if (std::isnan(a) || std::isnan(b)) return false;
    if (std::isinf(a) || std::isinf(b)) return a == b;
    return std::fabs(a - b) <= atol + rtol * std::max(std::fabs(a), std::fabs(b));
}

inline bool close(std::complex<double> a, std::complex<double> b, double rtol = hpxeval::rtol,
                  double atol = default_atol) {
    return close(a.real(), b.real(), rtol, atol) && close(a.imag(), b.imag(), rtol, atol);
}

template <typename T>
bool all_close(const std::vector<T> &a, const std::vector<T> &b, double rtol = hpxeval::rtol,
               double atol = default_atol) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!close(a[i], b[i], rtol, atol)) return false;
    return true;
}

}  // namespace hpxeval
