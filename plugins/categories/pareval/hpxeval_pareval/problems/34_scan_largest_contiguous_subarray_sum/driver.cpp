#include "hpxeval_driver.hpp"
#include "baseline.hpp"

int maximumSubarray(std::vector<int> const &x);

struct Context {
    std::vector<int> x;
    int result;
};

// Values in [lo, hi] with |lo|, |hi| <= 10: any sum of contiguous elements is at most 10 n in
// magnitude, which fits an int for every size used here (timed_size <= 200 million).
static std::vector<int> input(std::size_t n, hpxeval::Rng &rng, int lo, int hi) {
    std::vector<int> x(n);
    for (auto &v : x) v = static_cast<int>(rng.integer(lo, hi));
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng, -10, 10), 0};
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = maximumSubarray(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::maximumSubarray(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 15)); };
    struct Case { std::size_t size; int lo, hi; };
    // mixed signs (tiny and large), mostly negative (a short best run), and all negative (the
    // answer is the largest single value, never 0 for an empty subarray)
    const Case cases[] = {{tiny(), -10, 10}, {full(), -10, 10}, {full(), -10, 3}, {full(), -10, -1}};
    for (const Case &c : cases) {
        std::vector<int> x = input(c.size, rng, c.lo, c.hi);
        if (baseline::maximumSubarray(x) != maximumSubarray(x)) return false;
    }
    return true;
}
