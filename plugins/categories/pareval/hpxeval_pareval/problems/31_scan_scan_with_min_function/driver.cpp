#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void partialMinimums(std::vector<float> &x);

struct Context {
    std::vector<float> original;
    std::vector<float> x;
};

// Uniform values, or (trend = true) values that drift downwards with noise, so that the running
// minimum changes many times along the vector instead of settling after a few elements.
static std::vector<float> input(std::size_t n, hpxeval::Rng &rng, bool trend) {
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i) {
        double v = rng.uniform(-100.0, 100.0);
        if (trend) v -= 200.0 * static_cast<double>(i) / static_cast<double>(n);
        x[i] = static_cast<float>(v);
    }
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, rng, true);
    return new Context{x, x};
}
void reset(Context *ctx) { std::copy(ctx->original.begin(), ctx->original.end(), ctx->x.begin()); }
void compute(Context *ctx) { partialMinimums(ctx->x); }
void best(Context *ctx) { baseline::partialMinimums(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // exactly n (catches block-boundary bugs), tiny, uniform and trending inputs. The minimum is
    // exact; the comparison still allows ParEval's absolute tolerance of 1e-3.
    struct Case { std::size_t size; bool trend; };
    const Case cases[] = {{n, true},
                          {static_cast<std::size_t>(1 + rng.integer(0, 15)), false},
                          {static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))), false},
                          {static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))), true}};
    for (const Case &c : cases) {
        std::vector<float> want = input(c.size, rng, c.trend);
        std::vector<float> got = want;
        baseline::partialMinimums(want);
        partialMinimums(got);
        if (!hpxeval::all_close(want, got, 0.0, 1e-3)) return false;
    }
    return true;
}
