#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void luFactorize(std::vector<double> &A, size_t N);

struct Context {
    std::vector<double> original, A;
    std::size_t N;
};

// A random matrix with entries of either sign, roughly in [-12, 12], that is NOT diagonally
// dominant and yet factorises stably without pivoting:
//   A = S_r (D + u v^T + E) S_c
// D diagonal in [1, 2], u and v positive in [0.1, 3] (the rank-one term makes many entries below
// the diagonal larger than the pivot above them, so an answer that exchanges rows - partial
// pivoting - produces other factors), E small noise (spectral norm < 0.6), and S_r, S_c random
// signs. Every leading block is D_k + E_k + u_k v_k^T with 1 + v_k^T (D_k + E_k)^{-1} u_k far from
// zero, so no pivot comes near zero, and the rank-one part shrinks with every elimination step,
// so the factors stay small (no growth).
static std::vector<double> stableMatrix(std::size_t N, hpxeval::Rng &rng) {
    std::vector<double> d(N), u(N), v(N), rs(N), cs(N);
    for (std::size_t i = 0; i < N; ++i) {
        d[i] = rng.uniform(1.0, 2.0);
        u[i] = rng.uniform(0.1, 3.0);
        v[i] = rng.uniform(0.1, 3.0);
        rs[i] = rng.coin() ? 1.0 : -1.0;
        cs[i] = rng.coin() ? 1.0 : -1.0;
    }
    const double noise = 0.5 / std::sqrt(static_cast<double>(N));
    std::vector<double> A(N * N);
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j)
            A[i * N + j] = rs[i] * cs[j] * ((i == j ? d[i] : 0.0) + u[i] * v[j] + noise * rng.uniform(-1.0, 1.0));
    return A;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto *ctx = new Context{stableMatrix(n, rng), {}, n};
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
    // Exactly n (not a power of two: a blocked answer whose last, partial block is wrong fails),
    // a random size and a tiny one.
    const std::size_t sizes[] = {n, static_cast<std::size_t>(1 + rng.integer(0, big)),
                                 static_cast<std::size_t>(1 + rng.integer(0, 7))};
    for (std::size_t N : sizes) {
        std::vector<double> expected = stableMatrix(N, rng);
        std::vector<double> actual = expected;
        baseline::luFactorize(expected, N);
        luFactorize(actual, N);
        // an absolute tolerance of 1e-4 (ParEval allows 1e-3; the entries here have ParEval's magnitude)
        // next to the relative one: any correct reordering of the sums, even in single precision,
        // passes; a wrong entry is off by far more.
        if (!hpxeval::all_close(actual, expected, hpxeval::rtol, 1e-4)) return false;
    }
    return true;
}
