#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void ranks(std::vector<float> const &x, std::vector<size_t> &ranks);

struct Context {
    std::vector<float> x;
    std::vector<std::size_t> ranks;
};

static std::vector<float> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<float> x(n);
    for (auto &v : x) v = static_cast<float>(rng.uniform(-1000.0, 1000.0));
    return x;
}

static bool distinct(std::vector<float> x) {
    std::sort(x.begin(), x.end());
    return std::adjacent_find(x.begin(), x.end()) == x.end();
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, rng);  // repeats are possible at this size; the timed run is not checked
    return new Context{std::move(x), std::vector<std::size_t>(n, 0)};
}
void reset(Context *ctx) { std::fill(ctx->ranks.begin(), ctx->ranks.end(), 0); }
void compute(Context *ctx) { ranks(ctx->x, ctx->ranks); }
void best(Context *ctx) { baseline::ranks(ctx->x, ctx->ranks); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // exactly n (catches block-boundary bugs), a tiny input and one of random size up to n, all
    // with distinct values (as promised), so the ranks are unique and compared exactly
    for (std::size_t size : {n, static_cast<std::size_t>(2 + rng.integer(0, 14)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))}) {
        std::vector<float> x;
        do x = input(size, rng);
        while (!distinct(x));
        std::vector<std::size_t> want(size, 0), got(size, 0);
        baseline::ranks(x, want);
        ranks(x, got);
        if (want != got) return false;
    }
    return true;
}
