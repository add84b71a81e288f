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

// As ParEval builds its inputs: `count` entries at random positions (a position may be drawn
// more than once; its entries add up), values in [-1, 1), then sorted by row and column.
static std::vector<COOElement> drawnSparse(std::size_t rows, std::size_t cols, std::size_t count, hpxeval::Rng &rng) {
    std::vector<COOElement> m(count);
    for (auto &e : m) {
        e.row = static_cast<std::size_t>(rng.integer(0, static_cast<long long>(rows) - 1));
        e.column = static_cast<std::size_t>(rng.integer(0, static_cast<long long>(cols) - 1));
        e.value = rng.uniform(-1.0, 1.0);
    }
    std::sort(m.begin(), m.end(), [](COOElement const &a, COOElement const &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return m;
}

static std::size_t tenthOf(std::size_t rows, std::size_t cols) { return rows * cols / 10; }

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const std::size_t M = n, K = std::max<std::size_t>(1, n / 4), N = std::max<std::size_t>(1, n / 2);
    auto A = drawnSparse(M, K, tenthOf(M, K), rng);
    auto X = drawnSparse(K, N, tenthOf(K, N), rng);
    return new Context{std::move(A), std::move(X), std::vector<double>(M * N, 0.0), M, K, N};
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
    // The exact-size non-square shape (tiling bugs), shapes of every kind, densities from very
    // sparse (many empty rows) to half full; `drawn` cases list some positions twice.
    const std::size_t K0 = n > 41 ? n - 41 : n, N0 = n + 23;
    struct Case { std::size_t M, K, N; double density; bool drawn; };
    const Case cases[] = {{n, K0, N0, 0.1, true}, {full(), full(), full(), 0.3, false},
                          {full(), full(), full(), 0.05, true}, {tiny(), full(), full(), 0.5, false},
                          {full(), tiny(), full(), 0.5, true}, {full(), full(), tiny(), 0.5, false},
                          {tiny(), tiny(), tiny(), 0.7, true}};
    for (const Case &c : cases) {
        const auto make = [&](std::size_t rows, std::size_t cols) {
            return c.drawn ? drawnSparse(rows, cols, static_cast<std::size_t>(static_cast<double>(rows * cols) * c.density), rng)
                           : randomSparse(rows, cols, c.density, rng);
        };
        const std::vector<COOElement> A = make(c.M, c.K);
        const std::vector<COOElement> X = make(c.K, c.N);
        std::vector<double> expected(c.M * c.N, 0.0), actual(c.M * c.N, 0.0);
        baseline::spmm(A, X, expected, c.M, c.K, c.N);
        spmm(A, X, actual, c.M, c.K, c.N);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
