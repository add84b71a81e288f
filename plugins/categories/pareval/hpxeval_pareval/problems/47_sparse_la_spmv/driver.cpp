#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void spmv(double alpha, std::vector<COOElement> const &A, std::vector<double> const &x, double beta,
          std::vector<double> &y, size_t M, size_t N);

struct Context {
    double alpha, beta;
    std::vector<COOElement> A;
    std::vector<double> x, yOriginal, y;
    std::size_t M, N;
};

// A random sparse M x N matrix in COO format, sorted by row then column: row i gets up to
// 2*perRow entries (about perRow on average; some rows are empty) at random columns, with values
// in [-1, 1). With `repeats`, a column drawn twice gives two entries at the same position (they
// add up), as in ParEval's inputs; otherwise it gives one.
static std::vector<COOElement> randomSparse(std::size_t M, std::size_t N, std::size_t perRow, hpxeval::Rng &rng,
                                            bool repeats = true) {
    std::vector<COOElement> A;
    A.reserve(M * perRow + 16);
    std::vector<std::size_t> cols;
    const long long maxCount = static_cast<long long>(std::min(N, 2 * perRow));
    for (std::size_t i = 0; i < M; ++i) {
        const long long count = rng.integer(0, maxCount);
        cols.clear();
        for (long long c = 0; c < count; ++c) cols.push_back(static_cast<std::size_t>(rng.integer(0, static_cast<long long>(N) - 1)));
        std::sort(cols.begin(), cols.end());
        if (!repeats) cols.erase(std::unique(cols.begin(), cols.end()), cols.end());
        for (std::size_t j : cols) A.push_back({i, j, rng.uniform(-1.0, 1.0)});
    }
    return A;
}

static std::vector<double> randomVector(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> v(n);
    for (auto &e : v) e = rng.uniform(-1.0, 1.0);
    return v;
}

// A factor that is never 0 or 1 (so that it always matters): magnitude in [0.5, 2), either sign.
static double factor(hpxeval::Rng &rng) {
    const double f = rng.uniform(0.5, 2.0) * (rng.coin() ? 1.0 : -1.0);
    return f == 1.0 ? 1.5 : f;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto *ctx = new Context{factor(rng), factor(rng), randomSparse(n, n, 24, rng), {}, {}, {}, n, n};
    ctx->x = randomVector(n, rng);
    ctx->yOriginal = randomVector(n, rng);
    ctx->y = ctx->yOriginal;
    return ctx;
}
void reset(Context *ctx) { ctx->y = ctx->yOriginal; }
void compute(Context *ctx) { spmv(ctx->alpha, ctx->A, ctx->x, ctx->beta, ctx->y, ctx->M, ctx->N); }
void best(Context *ctx) { baseline::spmv(ctx->alpha, ctx->A, ctx->x, ctx->beta, ctx->y, ctx->M, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, big)); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 4)); };
    // The exact-size rectangular shape (tiling bugs), square and rectangular shapes, dense-ish
    // and very sparse rows (tiny N: many repeated positions), and an A with no entries.
    struct Case { std::size_t M, N, perRow; bool repeats; };
    const Case cases[] = {{n, n + 23, 12, true}, {full(), full(), 8, false}, {full(), tiny(), 2, true},
                          {tiny(), full(), 16, true}, {full(), full(), 1, false}, {tiny(), tiny(), 0, true}};
    for (const Case &c : cases) {
        const double alpha = factor(rng), beta = factor(rng);
        const std::vector<COOElement> A = randomSparse(c.M, c.N, c.perRow, rng, c.repeats);
        const std::vector<double> x = randomVector(c.N, rng);
        std::vector<double> expected = randomVector(c.M, rng);
        std::vector<double> actual = expected;
        baseline::spmv(alpha, A, x, beta, expected, c.M, c.N);
        spmv(alpha, A, x, beta, actual, c.M, c.N);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
