#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void jacobiTiles(std::vector<double> const &f, std::vector<double> &u, size_t tileSize, size_t sweeps);

struct Context {
    std::vector<double> f, u0, u;
    size_t tileSize, sweeps;
};

static std::vector<double> random_values(std::size_t n, double lo, double hi, hpxeval::Rng &rng) {
    std::vector<double> v(n);
    for (auto &x : v) x = rng.uniform(lo, hi);
    return v;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const size_t tile = 10000;
    const size_t size = std::max<std::size_t>(1, n / tile) * tile;
    auto *ctx = new Context{random_values(size, 0.0, 1e-3, rng), random_values(size, -1.0, 1.0, rng), {}, tile, 200};
    ctx->u = ctx->u0;
    return ctx;
}
void reset(Context *ctx) { ctx->u = ctx->u0; }
void compute(Context *ctx) { jacobiTiles(ctx->f, ctx->u, ctx->tileSize, ctx->sweeps); }
void best(Context *ctx) { baseline::jacobiTiles(ctx->f, ctx->u, ctx->tileSize, ctx->sweeps); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny problem (one to three tiles of one to three values), then a large one.
    for (int k = 0; k < 2; ++k) {
        const size_t tile = static_cast<size_t>(rng.integer(1, k == 0 ? 3 : 200));
        const size_t tiles = static_cast<size_t>(rng.integer(1, k == 0 ? 3 : std::max<long long>(1, n / tile)));
        const size_t sweeps = static_cast<size_t>(rng.integer(1, k == 0 ? 4 : 40));
        const std::vector<double> f = random_values(tile * tiles, -1.0, 1.0, rng);
        std::vector<double> want = random_values(tile * tiles, -1.0, 1.0, rng), got = want;
        baseline::jacobiTiles(f, want, tile, sweeps);
        jacobiTiles(f, got, tile, sweeps);
        if (!hpxeval::all_close(got, want)) return false;
    }
    return true;
}
