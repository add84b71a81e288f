#include "hpxeval_driver.hpp"
#include "baseline.hpp"

int maxDegree(std::vector<int> const &A, size_t N);

struct Context {
    std::vector<int> A;
    std::size_t N;
    int result;
};

// A random undirected graph: each edge {i, j} (i != j) is present with probability p (in steps of
// 1/65536, four draws per generator call). Filled in 64x64 tiles so that writing the mirror
// entry A[j][i] stays cache-friendly.
static std::vector<int> random_graph(std::size_t N, double p, hpxeval::Rng &rng) {
    std::vector<int> A(N * N, 0);
    auto const threshold = static_cast<std::uint64_t>(p * 65536.0);
    std::uint64_t bits = 0;
    int left = 0;
    std::size_t const T = 64;
    for (std::size_t bi = 0; bi < N; bi += T)
        for (std::size_t bj = bi; bj < N; bj += T)
            for (std::size_t i = bi; i < std::min(bi + T, N); ++i)
                for (std::size_t j = std::max(bj, i + 1); j < std::min(bj + T, N); ++j) {
                    if (left == 0) {
                        bits = rng.next();
                        left = 4;
                    }
                    std::uint64_t const draw = bits & 0xffff;
                    bits >>= 16;
                    --left;
                    if (draw < threshold) A[i * N + j] = A[j * N + i] = 1;
                }
    return A;
}

static int degree(std::vector<int> const &A, std::size_t N, std::size_t v) {
    int d = 0;
    for (std::size_t j = 0; j < N; ++j) d += A[v * N + j];
    return d;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{random_graph(n, 0.5, rng), n, 0};  // ParEval's density
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = maxDegree(ctx->A, ctx->N); }
void best(Context *ctx) { ctx->result = baseline::maxDegree(ctx->A, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny graph, one of random size and one of exactly n vertices, of random density. In the
    // two larger ones the last vertex becomes a hub with a higher degree than any other vertex, so
    // skipping the last row fails them.
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const N = kind == 0   ? static_cast<std::size_t>(1 + rng.integer(0, 7))
                              : kind == 1 ? static_cast<std::size_t>(2 + rng.integer(0, static_cast<long long>(n) - 2))
                                          : n;
        std::vector<int> A = random_graph(N, rng.uniform(0.0, 0.8), rng);
        if (kind > 0) {
            int others = 0;
            for (std::size_t v = 0; v + 1 < N; ++v) others = std::max(others, degree(A, N, v));
            int const target = std::min(static_cast<int>(N) - 1, others + 2 + static_cast<int>(rng.integer(0, 3)));
            std::size_t const hub = N - 1;
            int d = degree(A, N, hub);
            while (d < target) {  // join the hub to random vertices it is not yet joined to
                std::size_t const v = static_cast<std::size_t>(rng.integer(0, static_cast<long long>(N) - 2));
                if (A[hub * N + v] == 0) {
                    A[hub * N + v] = A[v * N + hub] = 1;
                    ++d;
                }
            }
        }
        std::vector<int> const copy(A);
        if (baseline::maxDegree(copy, N) != maxDegree(A, N)) return false;
    }
    return true;
}
