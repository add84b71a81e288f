#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void luFactorize(std::vector<COOElement> const &A, std::vector<double> &L, std::vector<double> &U, size_t N);

struct Context {
    std::vector<COOElement> A;
    std::vector<double> L, U;
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

// About 8 off-diagonal entries per row at the timed size.
static double timedDensity(std::size_t N) { return N > 9 ? 8.0 / static_cast<double>(N - 1) : 1.0; }

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{dominantSparse(n, timedDensity(n), rng), std::vector<double>(n * n, 0.0),
                       std::vector<double>(n * n, 0.0), n};
}
void reset(Context *ctx) {
    std::fill(ctx->L.begin(), ctx->L.end(), 0.0);
    std::fill(ctx->U.begin(), ctx->U.end(), 0.0);
}
void compute(Context *ctx) { luFactorize(ctx->A, ctx->L, ctx->U, ctx->N); }
void best(Context *ctx) { baseline::luFactorize(ctx->A, ctx->L, ctx->U, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, big)); };
    // A sparse matrix of exactly N = n (tiling bugs), sparse and fairly dense matrices of random
    // size, a tiny one, and one of at least 3.
    struct Case { std::size_t N; double density; };
    const Case cases[] = {{n, 0.03}, {full(), 0.05}, {full(), 0.4}, {static_cast<std::size_t>(1 + rng.integer(0, 7)), 0.5},
                          {static_cast<std::size_t>(3 + rng.integer(0, big > 3 ? big - 3 : 0)), 0.2}};
    for (const Case &c : cases) {
        const std::vector<COOElement> A = dominantSparse(c.N, c.density, rng);
        std::vector<double> expectedL(c.N * c.N, 0.0), expectedU(c.N * c.N, 0.0);
        std::vector<double> actualL(c.N * c.N, 0.0), actualU(c.N * c.N, 0.0);
        baseline::luFactorize(A, expectedL, expectedU, c.N);
        luFactorize(A, actualL, actualU, c.N);
        if (!hpxeval::all_close(actualL, expectedL) || !hpxeval::all_close(actualU, expectedU)) return false;
    }
    return true;
}
