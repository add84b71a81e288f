#include "hpxeval_driver.hpp"

#include "baseline.hpp"
#include <array>

void firstLetterCounts(std::vector<std::string> const &x, std::array<size_t, 26> &bins);

struct Context {
    std::vector<std::string> x;
    std::array<size_t, 26> bins;
};

static std::string one(hpxeval::Rng &rng) { std::string s(static_cast<std::size_t>(rng.integer(1, 10)), 'a');
    for (auto &c : s) c = static_cast<char>('a' + rng.integer(0, 25));
    return s; }

static std::vector<std::string> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<std::string> x(n);
    for (auto &v : x) v = one(rng);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), {}};
}
void reset(Context *ctx) { ctx->bins.fill(0); }
void compute(Context *ctx) { firstLetterCounts(ctx->x, ctx->bins); }
void best(Context *ctx) { baseline::firstLetterCounts(ctx->x, ctx->bins); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // one tiny and one full-size input per trial: a constant or input-blind answer fails both
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        std::vector<std::string> x = input(size, rng);
        std::array<size_t, 26> want{}, got{};
        baseline::firstLetterCounts(x, want);
        firstLetterCounts(x, got);
        if (want != got) return false;
    }
    return true;
}
