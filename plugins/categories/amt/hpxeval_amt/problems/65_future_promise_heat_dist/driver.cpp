#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

std::vector<double> heatDiffusion(std::vector<double> const &initial, size_t tileSize, size_t steps);

struct Context {
    std::vector<double> initial;
    size_t tileSize, steps;
    std::vector<double> result;
};

static std::vector<double> random_ring(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> u(n);
    for (auto &x : u) x = rng.uniform(0.0, 100.0);
    return u;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const size_t tile = 10000;
    const size_t tiles = std::max<std::size_t>(1, n / tile);
    return new Context{random_ring(tiles * tile, rng), tile, 200, {}};
}
void reset(Context *ctx) { ctx->result.clear(); }
void compute(Context *ctx) { ctx->result = heatDiffusion(ctx->initial, ctx->tileSize, ctx->steps); }
void best(Context *ctx) { ctx->result = baseline::heatDiffusion(ctx->initial, ctx->tileSize, ctx->steps); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny ring (one to three tiles of one to three values), then a large one.
    for (int k = 0; k < 2; ++k) {
        const size_t tile = static_cast<size_t>(rng.integer(1, k == 0 ? 3 : 200));
        const size_t tiles = static_cast<size_t>(rng.integer(1, k == 0 ? 3 : std::max<long long>(1, n / tile)));
        const size_t steps = static_cast<size_t>(rng.integer(1, k == 0 ? 4 : 40));
        std::vector<double> initial = random_ring(tile * tiles, rng);
        if (!hpxeval::all_close(heatDiffusion(initial, tile, steps), baseline::heatDiffusion(initial, tile, steps)))
            return false;
    }
    return true;
}
