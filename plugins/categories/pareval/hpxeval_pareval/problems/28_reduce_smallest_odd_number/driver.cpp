#include "hpxeval_driver.hpp"
#include "baseline.hpp"
#include <climits>

int smallestOdd(std::vector<int> const &x);

struct Context {
    std::vector<int> x;
    int result;
};

static std::vector<int> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) v = static_cast<int>(rng.integer(0, 1000000));  // non-negative, as ParEval's
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), {}};
}
void reset(Context *ctx) { ctx->result = int{}; }
void compute(Context *ctx) { ctx->result = smallestOdd(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::smallestOdd(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

static bool check(std::vector<int> const &x) {
    int const want = baseline::smallestOdd(x);
    int const got = smallestOdd(x);
    return got == want;
}

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        auto x = input(size, rng);
        if (!check(x)) return false;
    }
    // no odd value at all: the answer is INT_MAX
    std::vector<int> evens = input(1 + static_cast<std::size_t>(rng.integer(0, 64)), rng);
    for (auto &v : evens) v = 2 * (v / 2);
    if (!check(evens)) return false;
    return true;
}
