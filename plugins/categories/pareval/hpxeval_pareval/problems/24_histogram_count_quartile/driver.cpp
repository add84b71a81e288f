#include "hpxeval_driver.hpp"

#include "baseline.hpp"
#include <array>

void countQuartiles(std::vector<double> const &x, std::array<size_t, 4> &bins);

struct Context {
    std::vector<double> x;
    std::array<size_t, 4> bins;
};

// Values in [0, 100] as ParEval's; about one value in fifty sits exactly on a quarter boundary
// (k, k + 0.25, k + 0.5, k + 0.75 for k = 0..100).
static double one(hpxeval::Rng &rng) {
    if (rng.coin(0.02)) return static_cast<double>(rng.integer(0, 100)) + 0.25 * static_cast<double>(rng.integer(0, 3));
    return rng.uniform(0.0, 100.0);
}

static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = one(rng);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), {}};
}
void reset(Context *ctx) { ctx->bins.fill(0); }
void compute(Context *ctx) { countQuartiles(ctx->x, ctx->bins); }
void best(Context *ctx) { baseline::countQuartiles(ctx->x, ctx->bins); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // one tiny and one full-size input per trial: a constant or input-blind answer fails both
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        std::vector<double> x = input(size, rng);
        std::array<size_t, 4> want{}, got{};
        baseline::countQuartiles(x, want);
        countQuartiles(x, got);
        if (want != got) return false;
    }
    return true;
}
