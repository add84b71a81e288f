#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

std::vector<size_t> bfsLevelCounts(Graph const &g, int source);

struct Context {
    Graph g;
    int source;
    std::vector<size_t> result;
};

// About `degree` edges per vertex, half to nearby vertices (which makes many levels) and half to
// random ones (which makes wide frontiers). About 3% of the vertices get no edges at all.
static Graph random_graph(std::size_t n, int degree, hpxeval::Rng &rng) {
    Graph g;
    g.adj.resize(n);
    std::vector<char> isolated(n);
    for (std::size_t v = 0; v < n; ++v) isolated[v] = rng.coin(0.03);
    const long long last = static_cast<long long>(n) - 1;
    for (std::size_t v = 0; v < n; ++v) {
        if (isolated[v]) continue;
        for (int k = 0; k < degree; ++k) {
            std::size_t w = rng.coin(0.5) ? std::min<std::size_t>(v + 1 + rng.integer(0, 40), n - 1)
                                          : static_cast<std::size_t>(rng.integer(0, last));
            if (w == v || isolated[w]) continue;
            g.adj[v].push_back(static_cast<int>(w));
            g.adj[w].push_back(static_cast<int>(v));
        }
    }
    return g;
}

// A vertex with at least one neighbour when there is one (searching from a random start).
static int connected_source(Graph const &g, hpxeval::Rng &rng) {
    const std::size_t n = g.adj.size();
    std::size_t s = static_cast<std::size_t>(rng.integer(0, static_cast<long long>(n) - 1));
    for (std::size_t k = 0; k < n; ++k, s = (s + 1) % n)
        if (!g.adj[s].empty()) return static_cast<int>(s);
    return static_cast<int>(s);
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto *ctx = new Context;
    ctx->g = random_graph(n, 4, rng);
    ctx->source = connected_source(ctx->g, rng);
    return ctx;
}
void reset(Context *ctx) { ctx->result.clear(); }
void compute(Context *ctx) { ctx->result = bfsLevelCounts(ctx->g, ctx->source); }
void best(Context *ctx) { ctx->result = baseline::bfsLevelCounts(ctx->g, ctx->source); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny graph with any source, then a large one searched from a vertex that has neighbours.
    {
        Graph g = random_graph(static_cast<std::size_t>(rng.integer(1, 8)), static_cast<int>(rng.integer(0, 2)), rng);
        int source = static_cast<int>(rng.integer(0, static_cast<long long>(g.adj.size()) - 1));
        if (bfsLevelCounts(g, source) != baseline::bfsLevelCounts(g, source)) return false;
    }
    {
        Graph g = random_graph(static_cast<std::size_t>(rng.integer(2, static_cast<long long>(n))),
                               static_cast<int>(rng.integer(1, 6)), rng);
        int source = connected_source(g, rng);
        if (bfsLevelCounts(g, source) != baseline::bfsLevelCounts(g, source)) return false;
    }
    return true;
}
