#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void solveLinearSystem(std::vector<COOElement> const &A, std::vector<double> const &b, std::vector<double> &x,
                       size_t N);

struct Context {
    std::vector<COOElement> A;
    std::vector<double> b, x;
    std::size_t N;
};

// A random sparse N x N matrix in COO format, sorted by row then column, no duplicates: each
// off-diagonal entry is present with probability `density` (value in [-1, 1)), and every
// diagonal entry is present and larger in magnitude than the rest of its row (random sign), so
// the matrix is strictly diagonally dominant and elimination needs no pivoting.
static std::vector<COOElement> dominantSparse(std::size_t N, double density, hpxeval::Rng &rng) {
    std::vector<COOElement> m;
    for (std::size_t i = 0; i < N; ++i) {
        double offSum = 0.0;
        std::size_t diagonalAt = 0;
        for (std::size_t j = 0; j < N; ++j) {
            if (j == i) {
                diagonalAt = m.size();
                m.push_back({i, j, 0.0});
            } else if (rng.coin(density)) {
                m.push_back({i, j, rng.uniform(-1.0, 1.0)});
                offSum += std::fabs(m.back().value);
            }
        }
        const double d = offSum + rng.uniform(0.5, 1.5);
        m[diagonalAt].value = rng.coin() ? d : -d;
    }
    return m;
}

static std::vector<double> randomVector(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> v(n);
    for (auto &e : v) e = rng.uniform(-10.0, 10.0);
    return v;
}

// About 8 off-diagonal entries per row at the timed size.
static double timedDensity(std::size_t N) { return N > 9 ? 8.0 / static_cast<double>(N - 1) : 1.0; }

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto A = dominantSparse(n, timedDensity(n), rng);
    auto b = randomVector(n, rng);
    return new Context{std::move(A), std::move(b), std::vector<double>(n, 0.0), n};
}
void reset(Context *ctx) { std::fill(ctx->x.begin(), ctx->x.end(), 0.0); }
void compute(Context *ctx) { solveLinearSystem(ctx->A, ctx->b, ctx->x, ctx->N); }
void best(Context *ctx) { baseline::solveLinearSystem(ctx->A, ctx->b, ctx->x, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, big)); };
    // A sparse matrix of exactly N = n (tiling bugs), sparse and fairly dense matrices of random
    // size, a tiny one, and a diagonal one.
    struct Case { std::size_t N; double density; };
    const Case cases[] = {{n, 0.03}, {full(), 0.05}, {full(), 0.4},
                          {static_cast<std::size_t>(1 + rng.integer(0, 7)), 0.5}, {full(), 0.0}};
    for (const Case &c : cases) {
        const std::vector<COOElement> A = dominantSparse(c.N, c.density, rng);
        const std::vector<double> b = randomVector(c.N, rng);
        std::vector<double> expected(c.N, 0.0), actual(c.N, 0.0);
        baseline::solveLinearSystem(A, b, expected, c.N);
        solveLinearSystem(A, b, actual, c.N);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
