#include "hpxeval_driver.hpp"
#include "baseline.hpp"

size_t findFirstEven(std::vector<int> const &x);

struct Context {
    std::vector<int> x;
    std::size_t result;
};

static int odd(hpxeval::Rng &rng) { return static_cast<int>(2 * rng.integer(-500000000, 499999999) + 1); }
static int even(hpxeval::Rng &rng) { return static_cast<int>(2 * rng.integer(-500000000, 500000000)); }

static std::vector<int> odds(std::size_t n, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) v = odd(rng);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = odds(n, rng);
    // The only even number lies in the last 1%: a forward search looks at almost every value.
    x[n - 1 - static_cast<std::size_t>(rng.integer(0, static_cast<long long>(n / 100)))] = even(rng);
    return new Context{std::move(x), 0};
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = findFirstEven(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::findFirstEven(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // Every input holds at least one even number (the description promises it, and ParEval's
    // inputs always have one, so what an answer returns when there is none is never judged).
    // Each trial checks: even numbers scattered with a random density (some after the first),
    // a single even number at a random place (in the last tenth of exactly n values, and
    // anywhere), and one at the first and at the last index. Negative values of both parities
    // occur throughout; three inputs have exactly n values (catches block-boundary bugs).
    enum Kind { Scattered, Late, Single, First, Last };
    const auto any = [&] {
        return static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(rng.coin(0.25) ? 15 : n)));
    };
    struct Case { Kind kind; std::size_t size; };
    const Case cases[] = {{Scattered, n}, {Late, n}, {Last, n}, {Single, any()}, {First, any()}, {Scattered, any()}};
    for (const Case &c : cases) {
        const std::size_t size = c.size;
        std::vector<int> x = odds(size, rng);
        const long long last = static_cast<long long>(size) - 1;
        switch (c.kind) {
        case Scattered: {
            const double density = rng.uniform(0.0005, 0.1);
            for (auto &v : x)
                if (rng.coin(density)) v = even(rng);
            x[rng.integer(0, last)] = even(rng);  // at least one
            break;
        }
        case Late: x[rng.integer(last - last / 10, last)] = even(rng); break;
        case Single: x[rng.integer(0, last)] = even(rng); break;
        case First: x[0] = even(rng); break;
        case Last: x[last] = even(rng); break;
        }
        if (baseline::findFirstEven(x) != findFirstEven(x)) return false;
    }
    return true;
}
