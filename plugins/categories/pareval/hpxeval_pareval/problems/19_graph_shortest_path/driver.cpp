#include "hpxeval_driver.hpp"
#include "baseline.hpp"

int shortestPathLength(std::vector<int> const &A, size_t N, int source, int dest);

struct Context {
    std::vector<int> A;
    std::size_t N;
    int source, dest;
    int result;
};

struct Layered {
    std::vector<int> A;
    std::vector<std::vector<std::size_t>> layer;  // layer[0] is the source alone
};

static void link(std::vector<int> &A, std::size_t N, std::size_t u, std::size_t v) {
    A[u * N + v] = 1;
    A[v * N + u] = 1;
}

// A connected undirected graph in L layers over randomly numbered vertices. Layer 0 holds only
// the source; every other vertex is joined to 1-3 random vertices of the layer before its own and
// sometimes to one of its own layer. No edge skips a layer, so a vertex of layer k is exactly
// k edges away from the source.
static Layered layered_graph(std::size_t N, std::size_t L, hpxeval::Rng &rng) {
    std::vector<std::size_t> id(N);
    for (std::size_t i = 0; i < N; ++i) id[i] = i;
    for (std::size_t i = N; i-- > 1;)
        std::swap(id[i], id[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(i)))]);
    Layered g{std::vector<int>(N * N, 0), std::vector<std::vector<std::size_t>>(L)};
    for (std::size_t i = 0; i < N; ++i) {
        std::size_t const l = i < L ? i : static_cast<std::size_t>(rng.integer(1, static_cast<long long>(L) - 1));
        g.layer[l].push_back(id[i]);
    }
    auto pick = [&rng](std::vector<std::size_t> const &m) {
        return m[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(m.size()) - 1))];
    };
    for (std::size_t l = 1; l < L; ++l)
        for (std::size_t v : g.layer[l]) {
            for (long long k = rng.integer(1, 3); k > 0; --k) link(g.A, N, v, pick(g.layer[l - 1]));
            if (rng.coin(0.5)) {
                std::size_t const w = pick(g.layer[l]);
                if (w != v) link(g.A, N, v, w);
            }
        }
    return g;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    std::size_t const L = 64;
    Layered g = layered_graph(n, L, rng);
    int const source = static_cast<int>(g.layer[0][0]);
    int const dest = static_cast<int>(g.layer[L - 1][static_cast<std::size_t>(rng.integer(0, static_cast<long long>(g.layer[L - 1].size()) - 1))]);
    return new Context{std::move(g.A), n, source, dest, 0};
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = shortestPathLength(ctx->A, ctx->N, ctx->source, ctx->dest); }
void best(Context *ctx) { ctx->result = baseline::shortestPathLength(ctx->A, ctx->N, ctx->source, ctx->dest); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny graph, one of random size and one of exactly n vertices, each connected, with a
    // random number of layers and dest in a random layer (never the source's): the answer varies,
    // dest is always reachable and differs from source (ParEval's domain).
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const N = kind == 0   ? static_cast<std::size_t>(2 + rng.integer(0, 6))
                              : kind == 1 ? static_cast<std::size_t>(2 + rng.integer(0, static_cast<long long>(n) - 2))
                                          : n;
        std::size_t const L = static_cast<std::size_t>(2 + rng.integer(0, static_cast<long long>(std::min<std::size_t>(N, 40)) - 2));
        Layered g = layered_graph(N, L, rng);
        auto const &to = g.layer[static_cast<std::size_t>(rng.integer(1, static_cast<long long>(L) - 1))];
        int const source = static_cast<int>(g.layer[0][0]);
        int const dest = static_cast<int>(to[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(to.size()) - 1))]);
        std::vector<int> const copy(g.A);
        if (baseline::shortestPathLength(copy, N, source, dest) != shortestPathLength(g.A, N, source, dest))
            return false;
    }
    return true;
}
