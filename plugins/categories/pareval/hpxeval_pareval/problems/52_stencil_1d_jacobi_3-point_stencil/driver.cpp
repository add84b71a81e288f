#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void jacobi1D(std::vector<double> const &input, std::vector<double> &output);

struct Context {
    std::vector<double> input, output;
};

// Positive values, so that no mean is close to zero (where the relative tolerance would be
// meaningless) and a wrong boundary rule always shows.
static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(1.0, 100.0);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), std::vector<double>(n, 0.0)};
}
void reset(Context *ctx) { std::fill(ctx->output.begin(), ctx->output.end(), 0.0); }
void compute(Context *ctx) { jacobi1D(ctx->input, ctx->output); }
void best(Context *ctx) { baseline::jacobi1D(ctx->input, ctx->output); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size vector; the sample's output starts out with random
    // values, so every element must be written
    for (std::size_t size : {static_cast<std::size_t>(rng.integer(1, 4)),
                             static_cast<std::size_t>(rng.integer(1, static_cast<long long>(n))), n}) {
        std::vector<double> x = input(size, rng);
        std::vector<double> want(size, 0.0), got = input(size, rng);
        baseline::jacobi1D(x, want);
        jacobi1D(x, got);
        if (!hpxeval::all_close(got, want)) return false;
    }
    return true;
}
