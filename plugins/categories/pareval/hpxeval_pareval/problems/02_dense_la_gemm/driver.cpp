#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void gemm(std::vector<double> const &A, std::vector<double> const &B, std::vector<double> &C, size_t M, size_t K,
          size_t N);

struct Context {
    std::vector<double> A, B, C;
    std::size_t M, K, N;
};

static std::vector<double> randomMatrix(std::size_t rows, std::size_t cols, hpxeval::Rng &rng) {
    std::vector<double> m(rows * cols);
    for (auto &e : m) e = rng.uniform(-1.0, 1.0);
    return m;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto A = randomMatrix(n, n, rng);
    auto B = randomMatrix(n, n, rng);
    return new Context{std::move(A), std::move(B), std::vector<double>(n * n, 0.0), n, n, n};
}
void reset(Context *ctx) { std::fill(ctx->C.begin(), ctx->C.end(), 0.0); }
void compute(Context *ctx) { gemm(ctx->A, ctx->B, ctx->C, ctx->M, ctx->K, ctx->N); }
void best(Context *ctx) { baseline::gemm(ctx->A, ctx->B, ctx->C, ctx->M, ctx->K, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, big)); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 4)); };
    // Rectangular shapes of every kind: exactly n x (n - 41) times (n - 41) x (n + 23) (no side a
    // power of two or a multiple of a usual tile size when n = validation_size: a tiled answer whose
    // last, partial tile is wrong fails), all large, one dimension tiny, all tiny.
    struct Shape { std::size_t M, K, N; };
    const std::size_t K0 = n > 41 ? n - 41 : n;
    const Shape shapes[] = {{n, K0, n + 23}, {full(), full(), full()}, {tiny(), full(), full()},
                            {full(), tiny(), full()}, {full(), full(), tiny()}, {tiny(), tiny(), tiny()}};
    for (const Shape &s : shapes) {
        const std::vector<double> A = randomMatrix(s.M, s.K, rng);
        const std::vector<double> B = randomMatrix(s.K, s.N, rng);
        std::vector<double> expected(s.M * s.N, 0.0), actual(s.M * s.N, 0.0);
        baseline::gemm(A, B, expected, s.M, s.K, s.N);
        gemm(A, B, actual, s.M, s.K, s.N);
        // ParEval's absolute tolerance (1e-4, for the same [-1, 1) entries) next to the relative one.
        if (!hpxeval::all_close(actual, expected, hpxeval::rtol, 1e-4)) return false;
    }
    return true;
}
