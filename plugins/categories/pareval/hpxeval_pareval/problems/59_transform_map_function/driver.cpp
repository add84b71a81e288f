#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void mapPowersOfTwo(std::vector<int> const &x, std::vector<bool> &mask);

struct Context {
    std::vector<int> x;
    std::vector<bool> mask;
};

// About a third of the values are powers of two (1 included, up to 2^30); the rest are random
// values of both signs, zero among them, so both mask values are common.
static std::vector<int> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) {
        if (rng.coin(0.3)) v = 1 << rng.integer(0, 30);
        else if (rng.coin(0.02)) v = 0;
        else v = static_cast<int>(rng.integer(-100000, 1000000));
    }
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), std::vector<bool>(n, false)};
}
void reset(Context *ctx) { std::fill(ctx->mask.begin(), ctx->mask.end(), false); }
void compute(Context *ctx) { mapPowersOfTwo(ctx->x, ctx->mask); }
void best(Context *ctx) { baseline::mapPowersOfTwo(ctx->x, ctx->mask); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size input; the sample's mask starts out all false, as a
    // freshly sized vector (and ParEval's driver) hands it over
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))), n}) {
        std::vector<int> x = input(size, rng);
        std::vector<bool> want(size, false), got(size, false);
        baseline::mapPowersOfTwo(x, want);
        mapPowersOfTwo(x, got);
        if (want != got) return false;
    }
    return true;
}
