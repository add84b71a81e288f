#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void jacobi1D(std::vector<double> const &input, std::vector<double> &output);

struct Context {
    std::vector<double> input, output;
};

// Values in [-100, 100), as in ParEval (means near zero fall under the absolute tolerance of
// hpxeval::close); neighbours are almost never 0, so a wrong boundary rule always shows.
static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(-100.0, 100.0);
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
    // a tiny, a random-size and a full-size vector; the sample's output starts out zeroed, as a
    // freshly sized vector (and ParEval's driver) hands it over; every cell is checked, borders included
    for (std::size_t size : {static_cast<std::size_t>(rng.integer(1, 4)),
                             static_cast<std::size_t>(rng.integer(1, static_cast<long long>(n))), n}) {
        std::vector<double> x = input(size, rng);
        std::vector<double> want(size, 0.0), got(size, 0.0);
        baseline::jacobi1D(x, want);
        jacobi1D(x, got);
        if (!hpxeval::all_close(got, want)) return false;
    }
    return true;
}
