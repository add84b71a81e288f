#include "hpxeval_driver.hpp"
#include "baseline.hpp"
#include <climits>

double productWithInverses(std::vector<double> const &x);

struct Context {
    std::vector<double> x;
    double result;
};

// Validation values in (0, 100], as ParEval's (without its rare exact zero). At validation
// sizes the product stays within double range (about 1e+-100 at n = 5000).
static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = 100.0 - rng.uniform(0.0, 100.0);
    return x;
}

// The timed input pairs each odd-indexed value with its even-indexed neighbour (equal up to a
// factor within 1e-3), so that the product of millions of factors stays far from overflow,
// underflow and subnormal numbers, for the baseline and for any chunked parallel product.
static std::vector<double> timed_input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = i % 2 == 0 ? rng.uniform(0.5, 2.0) : x[i - 1] * rng.uniform(0.999, 1.001);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{timed_input(n, rng), {}};
}
void reset(Context *ctx) { ctx->result = double{}; }
void compute(Context *ctx) { ctx->result = productWithInverses(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::productWithInverses(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

static bool check(std::vector<double> const &x) {
    double const want = baseline::productWithInverses(x);
    double const got = productWithInverses(x);
    // Relative comparison only (atol 0): the product's magnitude ranges over many decades, and an
    // absolute floor would let any answer near zero pass whenever the product is tiny.
    return hpxeval::close(got, want, hpxeval::rtol, 0.0);
}

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        auto x = input(size, rng);
        if (!check(x)) return false;
    }

    return true;
}
