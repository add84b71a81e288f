#include "hpxeval_driver.hpp"
#include "baseline.hpp"

bool contains(std::vector<int> const &x, int target);

struct Context {
    std::vector<int> x;
    int target;
    bool result;
};

// Random values in [lo, hi] other than target.
static std::vector<int> without(std::size_t n, int target, long long lo, long long hi, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) {
        do v = static_cast<int>(rng.integer(lo, hi));
        while (v == target);
    }
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // The target is absent, so every correct solution has to look at every value.
    const int target = static_cast<int>(rng.integer(-1000000, 1000000));
    return new Context{without(n, target, -1000000000, 1000000000, rng), target, false};
}
void reset(Context *ctx) { ctx->result = false; }
void compute(Context *ctx) { ctx->result = contains(ctx->x, ctx->target); }
void best(Context *ctx) { ctx->result = baseline::contains(ctx->x, ctx->target); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // Each trial checks the target absent (false) and present once at a random place, at the
    // first and at the last index (true), so both answers occur in every trial; three of the
    // inputs have exactly n values (catches block-boundary bugs), the others a random size.
    // Half of the inputs use small values (ParEval's inputs lie in [-100, 100]), which repeat.
    enum Kind { Absent, Random, First, Last };
    const auto any = [&] {
        return static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(rng.coin(0.25) ? 15 : n)));
    };
    struct Case { Kind kind; std::size_t size; };
    const Case cases[] = {{Absent, n}, {Random, n}, {Last, n}, {First, any()}, {Absent, any()}, {Random, any()}};
    for (const Case &c : cases) {
        const std::size_t size = c.size;
        const long long span = rng.coin(0.5) ? 100 : 1000000000;
        const int target = static_cast<int>(rng.integer(-span, span));
        std::vector<int> x = without(size, target, -span, span, rng);
        const long long last = static_cast<long long>(size) - 1;
        if (c.kind == Random) x[rng.integer(0, last)] = target;
        if (c.kind == First) x[0] = target;
        if (c.kind == Last) x[last] = target;
        const bool want = baseline::contains(x, target);
        if (want != (c.kind != Absent) || contains(x, target) != want) return false;
    }
    return true;
}
