#include "hpxeval_driver.hpp"
#include "baseline.hpp"

double sumOfPrefixSum(std::vector<double> const &x);

struct Context {
    std::vector<double> x;
    double result;
};

// Values of both signs in [-1, 1): dropping or misplacing a single value changes the result by
// far more than the tolerance, and partial sums stay small enough for any summation order.
static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(-1.0, 1.0);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), 0.0};
}
void reset(Context *ctx) { ctx->result = 0.0; }
void compute(Context *ctx) { ctx->result = sumOfPrefixSum(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::sumOfPrefixSum(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny input and one of random size up to n
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))}) {
        std::vector<double> x = input(size, rng);
        if (!hpxeval::close(baseline::sumOfPrefixSum(x), sumOfPrefixSum(x))) return false;
    }
    return true;
}
