#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void oneMinusInverse(std::vector<double> &x);

// The timed vector is regenerated from its seed by reset() instead of being copied from a saved
// original, so that the timed input needs memory for one vector only.
struct Context {
    std::vector<double> x;
    std::uint64_t seed;
};

// Non-zero values of both signs: half of them in ParEval's range [-50, 50) (some close to zero,
// so that 1/x is large), half with magnitudes between 0.1 and 100.
static void fill(std::vector<double> &x, hpxeval::Rng &rng) {
    for (auto &v : x) {
        if (rng.coin(0.5)) {
            v = rng.uniform(-50.0, 50.0);
            if (v == 0.0) v = 0.5;
        } else {
            v = (rng.coin(0.5) ? 1.0 : -1.0) * rng.uniform(0.1, 100.0);
        }
    }
}

Context *init(std::size_t n, std::uint64_t seed) {
    auto *ctx = new Context{std::vector<double>(n), seed};
    reset(ctx);
    return ctx;
}
void reset(Context *ctx) {
    hpxeval::Rng rng(ctx->seed);
    fill(ctx->x, rng);
}
void compute(Context *ctx) { oneMinusInverse(ctx->x); }
void best(Context *ctx) { baseline::oneMinusInverse(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size vector, compared with the problem's tolerance
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))), n}) {
        std::vector<double> want(size);
        fill(want, rng);
        std::vector<double> got = want;
        baseline::oneMinusInverse(want);
        oneMinusInverse(got);
        if (!hpxeval::all_close(got, want)) return false;
    }
    return true;
}
