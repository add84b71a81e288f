#include "hpxeval_driver.hpp"
#include "baseline.hpp"

#include <climits>

void reversePrefixSum(std::vector<int> const &x, std::vector<int> &output);

struct Context {
    std::vector<int> x;
    std::vector<int> output;
};

// Values in [-span, span] with span = 100 (ParEval's range) wherever 100 n fits an int, smaller
// for the large sizes: any sum of elements is at most span * n in magnitude, so no summation
// order overflows.
static std::vector<int> input(std::size_t n, hpxeval::Rng &rng) {
    const long long span = std::max<long long>(1, std::min<long long>(100, INT_MAX / std::max<std::size_t>(n, 1)));
    std::vector<int> x(n);
    for (auto &v : x) v = static_cast<int>(rng.integer(-span, span));
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, rng);
    return new Context{std::move(x), std::vector<int>(n, 0)};
}
void reset(Context *ctx) { std::fill(ctx->output.begin(), ctx->output.end(), 0); }
void compute(Context *ctx) { reversePrefixSum(ctx->x, ctx->output); }
void best(Context *ctx) { baseline::reversePrefixSum(ctx->x, ctx->output); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // exactly n (catches block-boundary bugs), a tiny input and one of random size up to n;
    // integers are compared exactly
    for (std::size_t size : {n, static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))}) {
        std::vector<int> x = input(size, rng);
        std::vector<int> want(size, 0), got(size, 0);
        baseline::reversePrefixSum(x, want);
        reversePrefixSum(x, got);
        if (want != got) return false;
    }
    return true;
}
