#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void squareEach(std::vector<int> &x);

// The timed vector is regenerated from its seed by reset() instead of being copied from a saved
// original, so that the timed input needs memory for one vector only.
struct Context {
    std::vector<int> x;
    std::uint64_t seed;
};

// Values of both signs with |v| <= 40000, so every square fits in an int.
static void fill(std::vector<int> &x, hpxeval::Rng &rng) {
    for (auto &v : x) v = static_cast<int>(rng.integer(-40000, 40000));
}

Context *init(std::size_t n, std::uint64_t seed) {
    auto *ctx = new Context{std::vector<int>(n), seed};
    reset(ctx);
    return ctx;
}
void reset(Context *ctx) {
    hpxeval::Rng rng(ctx->seed);
    fill(ctx->x, rng);
}
void compute(Context *ctx) { squareEach(ctx->x); }
void best(Context *ctx) { baseline::squareEach(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size vector, compared exactly
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))), n}) {
        std::vector<int> want(size);
        fill(want, rng);
        std::vector<int> got = want;
        baseline::squareEach(want);
        squareEach(got);
        if (want != got) return false;
    }
    return true;
}
