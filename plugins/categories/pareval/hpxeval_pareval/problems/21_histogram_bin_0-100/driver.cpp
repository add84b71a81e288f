#include "hpxeval_driver.hpp"

#include "baseline.hpp"
#include <array>

void binsBy10Count(std::vector<double> const &x, std::array<size_t, 10> &bins);

struct Context {
    std::vector<double> x;
    std::array<size_t, 10> bins;
};

static double one(hpxeval::Rng &rng) { // one value in a hundred sits exactly on a bin edge, 100 included
    return rng.coin(0.01) ? 10.0 * static_cast<double>(rng.integer(0, 10)) : rng.uniform(0.0, 100.0); }

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
void compute(Context *ctx) { binsBy10Count(ctx->x, ctx->bins); }
void best(Context *ctx) { baseline::binsBy10Count(ctx->x, ctx->bins); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // one tiny and one full-size input per trial: a constant or input-blind answer fails both
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        std::vector<double> x = input(size, rng);
        std::array<size_t, 10> want{}, got{};
        baseline::binsBy10Count(x, want);
        binsBy10Count(x, got);
        if (want != got) return false;
    }
    return true;
}
