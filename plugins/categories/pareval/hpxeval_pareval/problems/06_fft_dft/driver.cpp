#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void dft(std::vector<double> const &x, std::vector<std::complex<double>> &output);

struct Context {
    std::vector<double> x;
    std::vector<std::complex<double>> output;
};

static std::vector<double> randomSignal(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(-1.0, 1.0);
    return x;
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

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{randomSignal(n, rng), std::vector<std::complex<double>>(n)};
}
void reset(Context *ctx) { std::fill(ctx->output.begin(), ctx->output.end(), std::complex<double>()); }
void compute(Context *ctx) { dft(ctx->x, ctx->output); }
void best(Context *ctx) { baseline::dft(ctx->x, ctx->output); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    // Exactly n (a prime when n = validation_size), a random length (rarely a power of two), a tiny
    // one, and a power of two.
    const std::size_t sizes[] = {n, static_cast<std::size_t>(1 + rng.integer(0, big)),
                                 static_cast<std::size_t>(1 + rng.integer(0, 7)),
                                 std::size_t{1} << rng.integer(0, 8)};
    for (std::size_t size : sizes) {
        const std::vector<double> x = randomSignal(size, rng);
        // output holds stale values on entry (as in ParEval, where it keeps an earlier result): it
        // must be overwritten, not accumulated into.
        std::vector<std::complex<double>> expected(size), actual(size);
        for (auto &v : actual) v = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
        baseline::dft(x, expected);
        dft(x, actual);
        if (!spectraClose(actual, expected)) return false;
    }
    return true;
}
