#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void fft(std::vector<std::complex<double>> const &x, std::vector<double> &r, std::vector<double> &i);

struct Context {
    std::vector<std::complex<double>> x;
    std::vector<double> r, i;
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
// size of the output values, which grow like sqrt(n): an answer with single-precision twiddles,
// which ParEval accepts, passes here too.
static bool spectraClose(std::vector<std::complex<double>> const &actual,
                         std::vector<std::complex<double>> const &expected) {
    if (actual.size() != expected.size()) return false;
    const double n = static_cast<double>(std::max<std::size_t>(expected.size(), 1));
    double scale = 1.0;
    for (auto const &v : expected) scale = std::max({scale, std::fabs(v.real()), std::fabs(v.imag())});
    const double atol = std::max(1e-9 * scale, 1e-4 * std::sqrt(n / 1024.0));
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!hpxeval::close(actual[i], expected[i], hpxeval::rtol, atol)) return false;
    return true;
}

static std::vector<std::complex<double>> joined(std::vector<double> const &r, std::vector<double> const &i) {
    std::vector<std::complex<double>> z(r.size());
    for (std::size_t k = 0; k < r.size(); ++k) z[k] = {r[k], i[k]};
    return z;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const std::size_t size = powerOfTwoBelow(n);
    return new Context{randomSignal(size, rng), std::vector<double>(size), std::vector<double>(size)};
}
void reset(Context *ctx) {
    std::fill(ctx->r.begin(), ctx->r.end(), 0.0);
    std::fill(ctx->i.begin(), ctx->i.end(), 0.0);
}
void compute(Context *ctx) { fft(ctx->x, ctx->r, ctx->i); }
void best(Context *ctx) { baseline::fft(ctx->x, ctx->r, ctx->i); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    for (std::size_t size : validationSizes(n, rng)) {
        const std::vector<std::complex<double>> x = randomSignal(size, rng);
        // r and i hold stale values on entry (as in ParEval, where they keep an earlier result): they
        // must be overwritten, not accumulated into.
        std::vector<double> er(size), ei(size), ar(size), ai(size);
        for (auto &v : ar) v = rng.uniform(-1.0, 1.0);
        for (auto &v : ai) v = rng.uniform(-1.0, 1.0);
        baseline::fft(x, er, ei);
        fft(x, ar, ai);
        if (ar.size() != size || ai.size() != size) return false;
        if (!spectraClose(joined(ar, ai), joined(er, ei))) return false;
    }
    return true;
}
