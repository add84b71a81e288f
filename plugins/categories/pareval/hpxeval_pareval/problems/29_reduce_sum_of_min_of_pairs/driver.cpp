#include "hpxeval_driver.hpp"
#include "baseline.hpp"
#include <climits>

double sumOfMinimumElements(std::vector<double> const &x, std::vector<double> const &y);

struct Context {
    std::vector<double> x, y;
    double result;
};

static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(0.0, 100.0);  // ParEval's range
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, rng); auto y = input(n, rng); return new Context{x, y, {}};
}
void reset(Context *ctx) { ctx->result = double{}; }
void compute(Context *ctx) { ctx->result = sumOfMinimumElements(ctx->x, ctx->y); }
void best(Context *ctx) { ctx->result = baseline::sumOfMinimumElements(ctx->x, ctx->y); }
void destroy(Context *ctx) { delete ctx; }

static bool check(std::vector<double> const &x, std::vector<double> const &y) {
    double const want = baseline::sumOfMinimumElements(x, y);
    double const got = sumOfMinimumElements(x, y);
    return hpxeval::close(got, want);
}

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        auto x = input(size, rng); auto y = input(size, rng);
        if (!check(x, y)) return false;
    }

    return true;
}
