#include "hpxeval_driver.hpp"
#include "baseline.hpp"

bool reduceLogicalXOR(std::vector<bool> const &x);

struct Context {
    std::vector<bool> x;
    bool result;
};

static std::vector<bool> random_bools(std::size_t n, hpxeval::Rng &rng) {
    std::vector<bool> x(n);
    for (std::size_t i = 0; i < n; ++i) x[i] = rng.coin(0.5);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{random_bools(n, rng), false};
}
void reset(Context *ctx) { ctx->result = false; }
void compute(Context *ctx) { ctx->result = reduceLogicalXOR(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::reduceLogicalXOR(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny input, one of random size and one of exactly n values. The parity is forced: the
    // first two get opposite answers, so a constant answer fails every trial.
    bool const first = rng.coin(0.5);
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const size = kind == 0   ? static_cast<std::size_t>(1 + rng.integer(0, 16))
                                 : kind == 1 ? static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))
                                             : n;
        bool const want = kind == 0 ? first : kind == 1 ? !first : rng.coin(0.5);
        std::vector<bool> x = random_bools(size, rng);
        if (baseline::reduceLogicalXOR(x) != want) x[rng.integer(0, static_cast<long long>(size) - 1)].flip();
        if (reduceLogicalXOR(x) != want) return false;
    }
    return true;
}
