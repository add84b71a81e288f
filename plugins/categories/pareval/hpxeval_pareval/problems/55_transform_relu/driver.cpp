#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void relu(std::vector<double> &x);

// The timed vector is regenerated from its seed by reset() instead of being copied from a saved
// original, so that the timed input needs memory for one vector only.
struct Context {
    std::vector<double> x;
    std::uint64_t seed;
};

// Values of both signs, and about one in a hundred exactly zero.
static void fill(std::vector<double> &x, hpxeval::Rng &rng) {
    for (auto &v : x) v = rng.coin(0.01) ? 0.0 : rng.uniform(-50.0, 50.0);
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
void compute(Context *ctx) { relu(ctx->x); }
void best(Context *ctx) { baseline::relu(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size vector; the results involve no arithmetic, so they
    // are compared exactly (0.0 == -0.0, so writing x * (x > 0) is accepted)
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))), n}) {
        std::vector<double> want(size);
        fill(want, rng);
        std::vector<double> got = want;
        baseline::relu(want);
        relu(got);
        if (want != got) return false;
    }
    return true;
}
