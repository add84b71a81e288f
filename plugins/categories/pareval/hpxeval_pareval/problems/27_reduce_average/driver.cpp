#include "hpxeval_driver.hpp"
#include "baseline.hpp"
#include <climits>

double average(std::vector<double> const &x);

struct Context {
    std::vector<double> x;
    double result;
};

static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(0.0, 100.0);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), {}};
}
void reset(Context *ctx) { ctx->result = double{}; }
void compute(Context *ctx) { ctx->result = average(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::average(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

static bool check(std::vector<double> const &x) {
    double const want = baseline::average(x);
    double const got = average(x);
    return hpxeval::close(got, want);
}

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        auto x = input(size, rng);
        if (!check(x)) return false;
    }

    return true;
}
