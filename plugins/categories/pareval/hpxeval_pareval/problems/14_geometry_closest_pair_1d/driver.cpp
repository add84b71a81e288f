#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

double closestPair(std::vector<double> const &x);

struct Context {
    std::vector<double> x;
    double result;
};

static std::vector<double> values(std::size_t n, double s, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(-s, s);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{values(n, 1.0e6, rng), 0.0};
}
void reset(Context *ctx) { ctx->result = 0.0; }
void compute(Context *ctx) { ctx->result = closestPair(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::closestPair(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny input, a random one, and one of exactly n values (not a power of two when n =
    // validation_size) whose closest pair is planted on the last value (moved very near a random
    // other value). The range varies, and so does the answer.
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const size = kind == 0   ? static_cast<std::size_t>(2 + rng.integer(0, 6))
                                 : kind == 1 ? static_cast<std::size_t>(2 + rng.integer(0, static_cast<long long>(n) - 2))
                                             : n;
        double const s = rng.uniform(1.0e3, 1.0e5);
        std::vector<double> x = values(size, s, rng);
        if (kind == 2) {
            double const d = s * rng.uniform(1e-9, 2e-9);
            x[size - 1] = x[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(size) - 2))] +
                          (rng.coin() ? d : -d);
        }
        if (!hpxeval::close(baseline::closestPair(x), closestPair(x))) return false;
    }
    return true;
}
