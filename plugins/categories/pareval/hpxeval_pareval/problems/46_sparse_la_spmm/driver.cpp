#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void spmm(std::vector<COOElement> const &A, std::vector<COOElement> const &X, std::vector<double> &Y, size_t M,
          size_t K, size_t N);

struct Context {
    std::vector<COOElement> A, X;
    std::vector<double> Y;
    std::size_t M, K, N;
};

// A random sparse rows x cols matrix in COO format, sorted by row then column, no duplicates:
// each entry is present with probability `density`, with a value in [-1, 1).
static std::vector<COOElement> randomSparse(std::size_t rows, std::size_t cols, double density, hpxeval::Rng &rng) {
    std::vector<COOElement> m;
    m.reserve(static_cast<std::size_t>(static_cast<double>(rows) * static_cast<double>(cols) * density * 1.1) + 16);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j)
            if (rng.coin(density)) m.push_back({i, j, rng.uniform(-1.0, 1.0)});
    return m;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto A = randomSparse(n, n, 0.02, rng);
    auto X = randomSparse(n, n, 0.02, rng);
    return new Context{std::move(A), std::move(X), std::vector<double>(n * n, 0.0), n, n, n};
}
void reset(Context *ctx) { std::fill(ctx->Y.begin(), ctx->Y.end(), 0.0); }
void compute(Context *ctx) { spmm(ctx->A, ctx->X, ctx->Y, ctx->M, ctx->K, ctx->N); }
void best(Context *ctx) { baseline::spmm(ctx->A, ctx->X, ctx->Y, ctx->M, ctx->K, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, big)); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 4)); };
    // Shapes of every kind; densities from very sparse (many empty rows) to half full.
    struct Case { std::size_t M, K, N; double density; };
    const Case cases[] = {{full(), full(), full(), 0.3}, {full(), full(), full(), 0.05},
                          {tiny(), full(), full(), 0.5}, {full(), tiny(), full(), 0.5},
                          {full(), full(), tiny(), 0.5}, {tiny(), tiny(), tiny(), 0.7}};
    for (const Case &c : cases) {
        const std::vector<COOElement> A = randomSparse(c.M, c.K, c.density, rng);
        const std::vector<COOElement> X = randomSparse(c.K, c.N, c.density, rng);
        std::vector<double> expected(c.M * c.N, 0.0), actual(c.M * c.N, 0.0);
        baseline::spmm(A, X, expected, c.M, c.K, c.N);
        spmm(A, X, actual, c.M, c.K, c.N);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
