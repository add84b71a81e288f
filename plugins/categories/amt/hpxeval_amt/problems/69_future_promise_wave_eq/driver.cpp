#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

std::vector<double> waveEquation(std::vector<double> const &previous, std::vector<double> const &current,
                                 size_t tileSize, size_t steps);

struct Context {
    std::vector<double> previous, current;
    size_t tileSize, steps;
    std::vector<double> result;
};

// A random displacement, and the level before it: the same shifted by a small random velocity.
static void random_levels(std::size_t n, hpxeval::Rng &rng, std::vector<double> &previous, std::vector<double> &current) {
    previous.resize(n);
    current.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        current[i] = rng.uniform(-1.0, 1.0);
        previous[i] = current[i] - rng.uniform(-0.1, 0.1);
    }
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const size_t tile = 10000;
    auto *ctx = new Context{{}, {}, tile, 200, {}};
    random_levels(std::max<std::size_t>(1, n / tile) * tile, rng, ctx->previous, ctx->current);
    return ctx;
}
void reset(Context *ctx) { ctx->result.clear(); }
void compute(Context *ctx) { ctx->result = waveEquation(ctx->previous, ctx->current, ctx->tileSize, ctx->steps); }
void best(Context *ctx) { ctx->result = baseline::waveEquation(ctx->previous, ctx->current, ctx->tileSize, ctx->steps); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny ring (one to three tiles of one to three values), then a large one.
    for (int k = 0; k < 2; ++k) {
        const size_t tile = static_cast<size_t>(rng.integer(1, k == 0 ? 3 : 200));
        const size_t tiles = static_cast<size_t>(rng.integer(1, k == 0 ? 3 : std::max<long long>(1, n / tile)));
        const size_t steps = static_cast<size_t>(rng.integer(1, k == 0 ? 4 : 40));
        std::vector<double> previous, current;
        random_levels(tile * tiles, rng, previous, current);
        if (!hpxeval::all_close(waveEquation(previous, current, tile, steps),
                                baseline::waveEquation(previous, current, tile, steps)))
            return false;
    }
    return true;
}
