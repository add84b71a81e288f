#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void jacobi2D(std::vector<double> const &input, std::vector<double> &output, size_t N);

struct Context {
    std::size_t N;
    std::vector<double> input, output;
};

// Values in [-100, 100), as in ParEval (means near zero fall under the absolute tolerance of
// hpxeval::close); neighbours are almost never 0, so a wrong boundary rule always shows.
static std::vector<double> grid(std::size_t N, hpxeval::Rng &rng) {
    std::vector<double> g(N * N);
    for (auto &v : g) v = rng.uniform(-100.0, 100.0);
    return g;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{n, grid(n, rng), std::vector<double>(n * n, 0.0)};
}
void reset(Context *ctx) { std::fill(ctx->output.begin(), ctx->output.end(), 0.0); }
void compute(Context *ctx) { jacobi2D(ctx->input, ctx->output, ctx->N); }
void best(Context *ctx) { baseline::jacobi2D(ctx->input, ctx->output, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size grid; the sample's output starts out zeroed, as a
    // freshly sized vector (and ParEval's driver) hands it over; every cell is checked, borders included
    for (std::size_t N : {static_cast<std::size_t>(rng.integer(1, 4)),
                          static_cast<std::size_t>(rng.integer(1, static_cast<long long>(n))), n}) {
        std::vector<double> input = grid(N, rng);
        std::vector<double> want(N * N, 0.0), got(N * N, 0.0);
        baseline::jacobi2D(input, want, N);
        jacobi2D(input, got, N);
        if (!hpxeval::all_close(got, want)) return false;
    }
    return true;
}
