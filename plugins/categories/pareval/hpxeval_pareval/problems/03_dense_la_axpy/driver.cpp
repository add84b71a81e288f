#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void axpy(double alpha, std::vector<double> const &x, std::vector<double> const &y, std::vector<double> &z);

struct Context {
    double alpha;
    std::vector<double> x, y, z;
};

static std::vector<double> randomVector(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> v(n);
    for (auto &e : v) e = rng.uniform(-1.0, 1.0);
    return v;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const double alpha = rng.uniform(-4.0, 4.0);
    auto x = randomVector(n, rng);
    auto y = randomVector(n, rng);
    return new Context{alpha, std::move(x), std::move(y), std::vector<double>(n, 0.0)};
}
void reset(Context *ctx) { std::fill(ctx->z.begin(), ctx->z.end(), 0.0); }
void compute(Context *ctx) { axpy(ctx->alpha, ctx->x, ctx->y, ctx->z); }
void best(Context *ctx) { baseline::axpy(ctx->alpha, ctx->x, ctx->y, ctx->z); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    // Exactly n (not a power of two: a tiled answer whose last, partial tile is skipped fails),
    // a random size, a tiny one and 1.
    const std::size_t sizes[] = {n, static_cast<std::size_t>(1 + rng.integer(0, big)),
                                 static_cast<std::size_t>(1 + rng.integer(0, 15)), 1};
    for (std::size_t size : sizes) {
        // alpha is never 0 or 1, so both x and y always matter.
        const double alpha = (rng.coin() ? 1.0 : -1.0) * rng.uniform(1.5, 4.0);
        const std::vector<double> x = randomVector(size, rng);
        const std::vector<double> y = randomVector(size, rng);
        // z holds stale values on entry (as in ParEval, where z keeps an earlier result): it must be
        // overwritten, not accumulated into.
        std::vector<double> expected(size), actual = randomVector(size, rng);
        baseline::axpy(alpha, x, y, expected);
        axpy(alpha, x, y, actual);
        // ParEval's absolute tolerance (1e-6, for the same [-1, 1) entries) next to the relative one.
        if (!hpxeval::all_close(actual, expected, hpxeval::rtol, 1e-6)) return false;
    }
    return true;
}
