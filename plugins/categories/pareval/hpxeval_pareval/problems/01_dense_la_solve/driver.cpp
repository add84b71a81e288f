#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void solveLinearSystem(std::vector<double> const &A, std::vector<double> const &b, std::vector<double> &x,
                       size_t N);

struct Context {
    std::vector<double> A, b, x;
    std::size_t N;
};

// A random strictly diagonally dominant matrix: off-diagonal entries in [-1, 1), each diagonal
// entry larger in magnitude than the rest of its row, with a random sign.
static std::vector<double> dominantMatrix(std::size_t N, hpxeval::Rng &rng) {
    std::vector<double> A(N * N);
    for (std::size_t i = 0; i < N; ++i) {
        double offSum = 0.0;
        for (std::size_t j = 0; j < N; ++j) {
            if (i == j) continue;
            A[i * N + j] = rng.uniform(-1.0, 1.0);
            offSum += std::fabs(A[i * N + j]);
        }
        const double d = offSum + rng.uniform(0.5, 1.5);
        A[i * N + i] = rng.coin() ? d : -d;
    }
    return A;
}

static std::vector<double> randomVector(std::size_t n, double scale, hpxeval::Rng &rng) {
    std::vector<double> v(n);
    for (auto &e : v) e = rng.uniform(-scale, scale);
    return v;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto A = dominantMatrix(n, rng);
    auto b = randomVector(n, static_cast<double>(n), rng);
    return new Context{std::move(A), std::move(b), std::vector<double>(n, 0.0), n};
}
void reset(Context *ctx) { std::fill(ctx->x.begin(), ctx->x.end(), 0.0); }
void compute(Context *ctx) { solveLinearSystem(ctx->A, ctx->b, ctx->x, ctx->N); }
void best(Context *ctx) { baseline::solveLinearSystem(ctx->A, ctx->b, ctx->x, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const std::size_t sizes[] = {static_cast<std::size_t>(1 + rng.integer(0, big)),
                                 static_cast<std::size_t>(1 + rng.integer(0, 7)),
                                 static_cast<std::size_t>(3 + rng.integer(0, big > 3 ? big - 3 : 0))};
    for (std::size_t N : sizes) {
        const std::vector<double> A = dominantMatrix(N, rng);
        const std::vector<double> b = randomVector(N, static_cast<double>(N), rng);
        std::vector<double> expected(N, 0.0), actual(N, 0.0);
        baseline::solveLinearSystem(A, b, expected, N);
        solveLinearSystem(A, b, actual, N);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
