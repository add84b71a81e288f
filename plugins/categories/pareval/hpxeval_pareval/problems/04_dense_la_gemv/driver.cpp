#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void gemv(std::vector<double> const &A, std::vector<double> const &x, std::vector<double> &y, size_t M, size_t N);

struct Context {
    std::vector<double> A, x, y;
    std::size_t M, N;
};

static std::vector<double> randomVector(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> v(n);
    for (auto &e : v) e = rng.uniform(-1.0, 1.0);
    return v;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto A = randomVector(n * n, rng);
    auto x = randomVector(n, rng);
    return new Context{std::move(A), std::move(x), std::vector<double>(n, 0.0), n, n};
}
void reset(Context *ctx) { std::fill(ctx->y.begin(), ctx->y.end(), 0.0); }
void compute(Context *ctx) { gemv(ctx->A, ctx->x, ctx->y, ctx->M, ctx->N); }
void best(Context *ctx) { baseline::gemv(ctx->A, ctx->x, ctx->y, ctx->M, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, big)); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 4)); };
    // Exactly n x (n + 23) (when n = validation_size, neither side is a power of two or a multiple
    // of a usual tile size: a tiled answer whose last, partial tile is wrong fails), then random
    // and tiny shapes.
    struct Shape { std::size_t M, N; };
    const Shape shapes[] = {{n, n + 23}, {full(), full()}, {tiny(), full()}, {full(), tiny()}, {tiny(), tiny()}};
    for (const Shape &s : shapes) {
        const std::vector<double> A = randomVector(s.M * s.N, rng);
        const std::vector<double> x = randomVector(s.N, rng);
        // y holds stale values on entry (as in ParEval, where y keeps an earlier result): it must be
        // overwritten, not accumulated into.
        std::vector<double> expected(s.M), actual = randomVector(s.M, rng);
        baseline::gemv(A, x, expected, s.M, s.N);
        gemv(A, x, actual, s.M, s.N);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
