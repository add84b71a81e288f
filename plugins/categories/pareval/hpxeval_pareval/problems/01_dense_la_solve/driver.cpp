#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void solveLinearSystem(std::vector<double> const &A, std::vector<double> const &b, std::vector<double> &x,
                       size_t N);

struct Context {
    std::vector<double> A, b, x;
    std::size_t N;
};

// A random matrix with entries of either sign, roughly in [-12, 12], that is NOT diagonally
// dominant (so Jacobi or Gauss-Seidel iterations do not converge on it, as they do not on
// ParEval's random matrices) and yet is well conditioned and safe for elimination without pivoting:
//   A = S_r (D + u v^T + E) S_c
// D diagonal in [1, 2], u and v positive in [0.1, 3], E small noise (spectral norm < 0.6), S_r and
// S_c random signs. Every leading block is D_k + E_k + u_k v_k^T with 1 + v_k^T (D_k + E_k)^{-1} u_k
// far from zero, so no pivot comes near zero.
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

// As in ParEval: a solution with entries in [-10, 10), and b = A x.
static std::vector<double> rightHandSide(std::vector<double> const &A, std::size_t N, hpxeval::Rng &rng) {
    std::vector<double> x(N), b(N, 0.0);
    for (auto &e : x) e = rng.uniform(-10.0, 10.0);
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) b[i] += A[i * N + j] * x[j];
    return b;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto A = stableMatrix(n, rng);
    auto b = rightHandSide(A, n, rng);
    return new Context{std::move(A), std::move(b), std::vector<double>(n, 0.0), n};
}
void reset(Context *ctx) { std::fill(ctx->x.begin(), ctx->x.end(), 0.0); }
void compute(Context *ctx) { solveLinearSystem(ctx->A, ctx->b, ctx->x, ctx->N); }
void best(Context *ctx) { baseline::solveLinearSystem(ctx->A, ctx->b, ctx->x, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    // Exactly n (not a power of two: a blocked answer whose last, partial block is wrong fails),
    // a random size and a tiny one.
    const std::size_t sizes[] = {n, static_cast<std::size_t>(1 + rng.integer(0, big)),
                                 static_cast<std::size_t>(1 + rng.integer(0, 7))};
    for (std::size_t N : sizes) {
        const std::vector<double> A = stableMatrix(N, rng);
        const std::vector<double> b = rightHandSide(A, N, rng);
        std::vector<double> expected(N, 0.0), actual(N, 0.0);
        baseline::solveLinearSystem(A, b, expected, N);
        solveLinearSystem(A, b, actual, N);
        // ParEval's absolute tolerance (1e-4 on solutions in [-10, 10)) next to the relative one.
        if (!hpxeval::all_close(actual, expected, hpxeval::rtol, 1e-4)) return false;
    }
    return true;
}
