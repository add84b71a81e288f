#include "hpxeval_driver.hpp"
#include "baseline.hpp"

#include <climits>

int maximumSubarray(std::vector<int> const &x);

struct Context {
    std::vector<int> x;
    int result;
};

// Values in [lo, hi]. ParEval draws from [-100, 99]; |lo|, |hi| <= span(n) keeps every sum of
// contiguous elements within span * n <= INT_MAX in magnitude, so no summation order overflows.
static std::vector<int> input(std::size_t n, hpxeval::Rng &rng, int lo, int hi) {
    std::vector<int> x(n);
    for (auto &v : x) v = static_cast<int>(rng.integer(lo, hi));
    return x;
}

static int span(std::size_t n) {
    return static_cast<int>(std::max<long long>(1, std::min<long long>(100, INT_MAX / std::max<std::size_t>(n, 1))));
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng, -span(n), span(n)), 0};
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = maximumSubarray(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::maximumSubarray(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 15)); };
    const int s = span(n);
    struct Case { std::size_t size; int lo, hi; };
    // mixed signs (exactly n, tiny and random size), mostly negative (a short best run), and all
    // negative (the answer is the largest single value, never 0 for an empty subarray)
    const Case cases[] = {{n, -s, s}, {tiny(), -s, s}, {full(), -s, s}, {full(), -s, s / 3}, {full(), -s, -1}};
    for (const Case &c : cases) {
        std::vector<int> x = input(c.size, rng, c.lo, c.hi);
        if (baseline::maximumSubarray(x) != maximumSubarray(x)) return false;
    }
    return true;
}
