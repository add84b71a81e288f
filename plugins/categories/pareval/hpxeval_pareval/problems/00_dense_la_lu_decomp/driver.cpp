#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void luFactorize(std::vector<double> &A, size_t N);

struct Context {
    std::vector<double> original, A;
    std::size_t N;
};

// A random strictly diagonally dominant matrix: off-diagonal entries in [-1, 1), each diagonal
// entry larger in magnitude than the rest of its row, with a random sign. Elimination without
// pivoting never meets a zero pivot and stays numerically stable.
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

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto *ctx = new Context{dominantMatrix(n, rng), {}, n};
    ctx->A = ctx->original;
    return ctx;
}
void reset(Context *ctx) { ctx->A = ctx->original; }
void compute(Context *ctx) { luFactorize(ctx->A, ctx->N); }
void best(Context *ctx) { baseline::luFactorize(ctx->A, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    // A full-range size, a tiny size, and one of at least 3 (so every elimination step matters).
    const std::size_t sizes[] = {static_cast<std::size_t>(1 + rng.integer(0, big)),
                                 static_cast<std::size_t>(1 + rng.integer(0, 7)),
                                 static_cast<std::size_t>(3 + rng.integer(0, big > 3 ? big - 3 : 0))};
    for (std::size_t N : sizes) {
        std::vector<double> expected = dominantMatrix(N, rng);
        std::vector<double> actual = expected;
        baseline::luFactorize(expected, N);
        luFactorize(actual, N);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
