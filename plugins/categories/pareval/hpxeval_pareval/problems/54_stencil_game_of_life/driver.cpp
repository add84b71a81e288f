#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void gameOfLife(std::vector<int> const &input, std::vector<int> &output, size_t N);

struct Context {
    std::size_t N;
    std::vector<int> input, output;
};

// Cells are alive with probability p (varied between inputs, so that every neighbour count
// from 0 to 8 occurs).
static std::vector<int> grid(std::size_t N, double p, hpxeval::Rng &rng) {
    std::vector<int> g(N * N);
    for (auto &v : g) v = rng.coin(p) ? 1 : 0;
    return g;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{n, grid(n, 0.35, rng), std::vector<int>(n * n, 0)};
}
void reset(Context *ctx) { std::fill(ctx->output.begin(), ctx->output.end(), 0); }
void compute(Context *ctx) { gameOfLife(ctx->input, ctx->output, ctx->N); }
void best(Context *ctx) { baseline::gameOfLife(ctx->input, ctx->output, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size grid; the sample's output starts out zeroed, as a
    // freshly sized vector (and ParEval's driver) hands it over; every cell is checked, borders included
    for (std::size_t N : {static_cast<std::size_t>(rng.integer(1, 4)),
                          static_cast<std::size_t>(rng.integer(1, static_cast<long long>(n))), n}) {
        std::vector<int> input = grid(N, rng.uniform(0.2, 0.6), rng);
        std::vector<int> want(N * N, 0), got(N * N, 0);
        baseline::gameOfLife(input, want, N);
        gameOfLife(input, got, N);
        if (want != got) return false;
    }
    return true;
}
