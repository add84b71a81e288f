#include "hpxeval_driver.hpp"

#include "baseline.hpp"
#include <array>

void pixelCounts(std::vector<int> const &x, std::array<size_t, 256> &bins);

struct Context {
    std::vector<int> x;
    std::array<size_t, 256> bins;
};

static int one(hpxeval::Rng &rng) { return static_cast<int>(rng.integer(0, 255)); }

static std::vector<int> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) v = one(rng);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), {}};
}
void reset(Context *ctx) { ctx->bins.fill(0); }
void compute(Context *ctx) { pixelCounts(ctx->x, ctx->bins); }
void best(Context *ctx) { baseline::pixelCounts(ctx->x, ctx->bins); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // one tiny and one full-size input per trial: a constant or input-blind answer fails both
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        std::vector<int> x = input(size, rng);
        std::array<size_t, 256> want{}, got{};
        baseline::pixelCounts(x, want);
        pixelCounts(x, got);
        if (want != got) return false;
    }
    return true;
}
