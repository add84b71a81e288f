#include "hpxeval_driver.hpp"
#include "baseline.hpp"

int edgeCount(std::vector<int> const &A, size_t N);

struct Context {
    std::vector<int> A;
    std::size_t N;
    int result;
};

// A random directed graph: each entry of A, the diagonal (self-loops) included, is 1 with
// probability p (in steps of 1/65536; four draws per generator call keep large inputs cheap).
static std::vector<int> random_digraph(std::size_t N, double p, hpxeval::Rng &rng) {
    std::vector<int> A(N * N, 0);
    auto const threshold = static_cast<std::uint64_t>(p * 65536.0);
    std::uint64_t bits = 0;
    int left = 0;
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) {
            if (left == 0) {
                bits = rng.next();
                left = 4;
            }
            std::uint64_t const draw = bits & 0xffff;
            bits >>= 16;
            --left;
            if (draw < threshold) A[i * N + j] = 1;
        }
    return A;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{random_digraph(n, 0.5, rng), n, 0};  // ParEval's density
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = edgeCount(ctx->A, ctx->N); }
void best(Context *ctx) { ctx->result = baseline::edgeCount(ctx->A, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny graph, one of random size and one of exactly n vertices, each of random density.
    // The two larger ones always have an edge leaving the last vertex (so skipping the last row
    // of the matrix fails) and a self-loop (so skipping the diagonal fails).
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const N = kind == 0   ? static_cast<std::size_t>(1 + rng.integer(0, 7))
                              : kind == 1 ? static_cast<std::size_t>(2 + rng.integer(0, static_cast<long long>(n) - 2))
                                          : n;
        std::vector<int> A = random_digraph(N, rng.uniform(0.0, 1.0), rng);
        if (kind > 0) {
            A[(N - 1) * N + static_cast<std::size_t>(rng.integer(0, static_cast<long long>(N) - 2))] = 1;
            std::size_t const v = static_cast<std::size_t>(rng.integer(0, static_cast<long long>(N) - 1));
            A[v * N + v] = 1;
        }
        std::vector<int> const copy(A);
        if (baseline::edgeCount(copy, N) != edgeCount(A, N)) return false;
    }
    return true;
}
