#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void ifft(std::vector<std::complex<double>> &x);

// The forward transform the scaffold declares for the sample to call: the serial baseline FFT.
void fft(std::vector<std::complex<double>> &x) { baseline::radix2Transform(x, -1.0); }

struct Context {
    std::vector<std::complex<double>> original, x;
};

static std::vector<std::complex<double>> randomSignal(std::size_t n, hpxeval::Rng &rng) {
    std::vector<std::complex<double>> x(n);
    for (auto &v : x) {
        const double re = rng.uniform(-1.0, 1.0);
        v = {re, rng.uniform(-1.0, 1.0)};
    }
    return x;
}

// The largest power of two that is <= n (1 for n == 0).
static std::size_t powerOfTwoBelow(std::size_t n) {
    std::size_t p = 1;
    while (p * 2 <= n) p *= 2;
    return p;
}

// Validation sizes: the largest power of two <= n (every trial), a random power of two up to n,
// a tiny one (1, 2, 4 or 8), and 1.
static std::vector<std::size_t> validationSizes(std::size_t n, hpxeval::Rng &rng) {
    int maxLog = 0;
    while ((std::size_t{2} << maxLog) <= n) ++maxLog;
    return {powerOfTwoBelow(n), std::size_t{1} << rng.integer(std::min(maxLog, 4), maxLog),
            std::size_t{1} << rng.integer(0, 3), std::size_t{1}};
}

// FFT rounding errors are bounded relative to the size of the whole spectrum, not of each
// value: a component that is nearly zero carries an absolute error of ~1e-16 * |spectrum|.
// So next to the relative tolerance, allow an absolute error of 1e-9 times the largest
// component of the reference (any wrong transform is off by O(1) of that scale), and at least
// ParEval's absolute tolerance (1e-4 at its n = 1024, inputs in [-1, 1) as here), scaled with the
// size of the output values, which shrink like 1/sqrt(n): an answer with single-precision twiddles,
// which ParEval accepts, passes here too.
static bool spectraClose(std::vector<std::complex<double>> const &actual,
                         std::vector<std::complex<double>> const &expected) {
    if (actual.size() != expected.size()) return false;
    const double n = static_cast<double>(std::max<std::size_t>(expected.size(), 1));
    double scale = 1.0;
    for (auto const &v : expected) scale = std::max({scale, std::fabs(v.real()), std::fabs(v.imag())});
    const double atol = std::max(1e-9 * scale, 1e-4 * std::sqrt(1024.0 / n));
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!hpxeval::close(actual[i], expected[i], hpxeval::rtol, atol)) return false;
    return true;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto *ctx = new Context{randomSignal(powerOfTwoBelow(n), rng), {}};
    ctx->x = ctx->original;
    return ctx;
}
void reset(Context *ctx) { ctx->x = ctx->original; }
void compute(Context *ctx) { ifft(ctx->x); }
void best(Context *ctx) { baseline::ifft(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    for (std::size_t size : validationSizes(n, rng)) {
        std::vector<std::complex<double>> expected = randomSignal(size, rng);
        std::vector<std::complex<double>> actual = expected;
        baseline::ifft(expected);
        ifft(actual);
        if (!spectraClose(actual, expected)) return false;
    }
    return true;
}
