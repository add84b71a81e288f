#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

#include <functional>

IntegralEstimate monteCarloIntegral(std::function<double(double)> const &f, double a, double b,
                                    std::uint64_t samples, std::uint64_t seed);

struct Context {
    std::function<double(double)> f;
    double a, b;
    std::uint64_t samples, seed;
    IntegralEstimate result;
};

Context *init(std::size_t n, std::uint64_t seed) {
    return new Context{[](double x) { return std::exp(-x * x); }, 0.0, 2.0, n, hpxeval::mix64(seed), {}};
}
void reset(Context *ctx) { ctx->result = IntegralEstimate{}; }
void compute(Context *ctx) { ctx->result = monteCarloIntegral(ctx->f, ctx->a, ctx->b, ctx->samples, ctx->seed); }
void best(Context *ctx) { ctx->result = baseline::monteCarloIntegral(ctx->f, ctx->a, ctx->b, ctx->samples, ctx->seed); }
void destroy(Context *ctx) { delete ctx; }

// One of several integrands, with random parameters.
static std::function<double(double)> random_integrand(hpxeval::Rng &rng) {
    const double p = rng.uniform(0.5, 3.0), q = rng.uniform(-2.0, 2.0), r = rng.uniform(-1.0, 1.0);
    switch (rng.integer(0, 3)) {
        case 0: return [p, q, r](double x) { return r + q * x + p * x * x; };
        case 1: return [p, q](double x) { return std::sin(p * x) + q; };
        case 2: return [p](double x) { return std::exp(-p * x * x); };
        default: return [p, r](double x) { return r + 1.0 / (1.0 + p * x * x); };
    }
}

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A few samples, then many; a different integrand, interval and stream every time.
    for (long long most : {16LL, static_cast<long long>(n)}) {
        const auto f = random_integrand(rng);
        const double a = rng.uniform(-2.0, 1.0), b = a + rng.uniform(0.5, 3.0);
        const std::uint64_t samples = static_cast<std::uint64_t>(rng.integer(2, most));
        const std::uint64_t stream = rng.next();
        const IntegralEstimate want = baseline::monteCarloIntegral(f, a, b, samples, stream);
        const IntegralEstimate got = monteCarloIntegral(f, a, b, samples, stream);
        if (!hpxeval::close(got.value, want.value) || !hpxeval::close(got.stdError, want.stdError)) return false;
    }
    return true;
}
