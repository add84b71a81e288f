#include "hpxeval_driver.hpp"
#include "baseline.hpp"

int findKthSmallest(std::vector<int> const &x, int k);

struct Context {
    std::vector<int> x;
    int k;
    int result;
};

static std::vector<int> input(std::size_t n, long long span, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) v = static_cast<int>(rng.integer(-span, span));
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, 1000000000, rng);
    // k somewhere in the middle half
    const int k = static_cast<int>(rng.integer(static_cast<long long>(n / 4), static_cast<long long>(3 * n / 4)));
    return new Context{std::move(x), k, 0};
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = findKthSmallest(ctx->x, ctx->k); }
void best(Context *ctx) { ctx->result = baseline::findKthSmallest(ctx->x, ctx->k); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // Wide values (all distinct in practice, never 0), narrow values (many duplicates; ParEval's
    // values lie in [0, 10000)), k = 1, k = size and k anywhere; the sample must also leave x
    // unchanged. Two inputs have exactly n values (catches block-boundary bugs).
    enum KPick { Any, Smallest, Largest };
    struct Case { long long span; KPick pick; bool exact; };
    const Case cases[] = {{1000000000, Any, true}, {1000000000, Smallest, false}, {1000000000, Largest, false},
                          {20, Any, true},         {20, Smallest, false},         {20, Largest, false}};
    for (const Case &c : cases) {
        const std::size_t size = c.exact ? n : static_cast<std::size_t>(
            1 + rng.integer(0, static_cast<long long>(rng.coin(0.25) ? 15 : n)));
        std::vector<int> x = input(size, c.span, rng);
        if (c.span > 20)
            for (auto &v : x) v = v == 0 ? 1 : v;
        const int k = c.pick == Smallest ? 1
                      : c.pick == Largest ? static_cast<int>(size)
                                          : static_cast<int>(rng.integer(1, static_cast<long long>(size)));
        const std::vector<int> copy = x;
        if (baseline::findKthSmallest(x, k) != findKthSmallest(x, k) || x != copy) return false;
    }
    return true;
}
