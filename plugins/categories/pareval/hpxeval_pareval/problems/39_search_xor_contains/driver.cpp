#include "hpxeval_driver.hpp"
#include "baseline.hpp"

bool xorContains(std::vector<int> const &x, std::vector<int> const &y, int val);

struct Context {
    std::vector<int> x, y;
    int val;
    bool result;
};

// Random values in [-span, span] other than val.
static std::vector<int> without(std::size_t n, int val, long long span, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) {
        do v = static_cast<int>(rng.integer(-span, span));
        while (v == val);
    }
    return x;
}

// Puts val into x once: at a random index, or at the first or the last one.
static void plant(std::vector<int> &x, int val, hpxeval::Rng &rng) {
    const long long last = static_cast<long long>(x.size()) - 1;
    switch (rng.integer(0, 2)) {
    case 0: x[rng.integer(0, last)] = val; break;
    case 1: x[0] = val; break;
    default: x[last] = val; break;
    }
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // n values in each vector; val is only in y, in its last 1%, so a correct solution looks at
    // (almost) every value of both vectors.
    const int val = static_cast<int>(rng.integer(-1000000, 1000000));
    auto x = without(n, val, 1000000000, rng);
    auto y = without(n, val, 1000000000, rng);
    y[n - 1 - static_cast<std::size_t>(rng.integer(0, static_cast<long long>(n / 100)))] = val;
    return new Context{std::move(x), std::move(y), val, false};
}
void reset(Context *ctx) { ctx->result = false; }
void compute(Context *ctx) { ctx->result = xorContains(ctx->x, ctx->y, ctx->val); }
void best(Context *ctx) { ctx->result = baseline::xorContains(ctx->x, ctx->y, ctx->val); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const auto size = [&] {
        return static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(rng.coin(0.25) ? 15 : n)));
    };
    // Every trial checks all four placements: in neither, only in x, only in y, in both, so
    // both answers occur and "in x or in y" is told apart from "in exactly one". The vector that
    // holds val alone has exactly n values (catches block-boundary bugs), as do both vectors
    // when val is in neither. Half of the inputs use small values (ParEval's inputs lie in
    // [-100, 100]), which repeat.
    for (int where = 0; where < 4; ++where) {
        const long long span = rng.coin(0.5) ? 100 : 1000000000;
        const int val = static_cast<int>(rng.integer(-span, span));
        std::vector<int> x = without(where == 0 || where == 1 ? n : size(), val, span, rng);
        std::vector<int> y = without(where == 0 || where == 2 ? n : size(), val, span, rng);
        if (where & 1) plant(x, val, rng);
        if (where & 2) plant(y, val, rng);
        const bool want = baseline::xorContains(x, y, val);
        if (want != (where == 1 || where == 2) || xorContains(x, y, val) != want) return false;
    }
    return true;
}
