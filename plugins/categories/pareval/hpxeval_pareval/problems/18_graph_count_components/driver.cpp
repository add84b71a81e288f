#include "hpxeval_driver.hpp"
#include "baseline.hpp"

int componentCount(std::vector<int> const &A, size_t N);

struct Context {
    std::vector<int> A;
    std::size_t N;
    int result;
};

static void link(std::vector<int> &A, std::size_t N, std::size_t u, std::size_t v) {
    A[u * N + v] = 1;
    A[v * N + u] = 1;
}

// Random group labels 0..groups-1, skewed towards small labels so that group sizes differ.
static std::vector<std::size_t> random_labels(std::size_t N, std::size_t groups, hpxeval::Rng &rng) {
    std::vector<std::size_t> label(N);
    for (auto &l : label) {
        auto const a = rng.integer(0, static_cast<long long>(groups) - 1), b = rng.integer(0, static_cast<long long>(groups) - 1);
        l = static_cast<std::size_t>(std::min(a, b));
    }
    return label;
}

// An undirected graph whose connected components are exactly the non-empty groups: each group is
// joined by a random spanning tree, then gets about `extra` more random edges per member.
static std::vector<int> grouped_graph(std::vector<std::size_t> const &label, std::size_t groups, double extra,
                                      hpxeval::Rng &rng) {
    std::size_t const N = label.size();
    std::vector<std::vector<std::size_t>> members(groups);
    for (std::size_t v = 0; v < N; ++v) members[label[v]].push_back(v);
    std::vector<int> A(N * N, 0);
    for (auto const &m : members) {
        if (m.size() < 2) continue;
        auto const last = static_cast<long long>(m.size()) - 1;
        for (std::size_t k = 1; k < m.size(); ++k)
            link(A, N, m[k], m[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(k) - 1))]);
        auto const more = static_cast<std::size_t>(extra * static_cast<double>(m.size()));
        for (std::size_t e = 0; e < more; ++e) {
            std::size_t const u = m[static_cast<std::size_t>(rng.integer(0, last))];
            std::size_t const v = m[static_cast<std::size_t>(rng.integer(0, last))];
            if (u != v) link(A, N, u, v);
        }
    }
    return A;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    std::size_t const groups = 100;
    return new Context{grouped_graph(random_labels(n, groups, rng), groups, 2.0, rng), n, 0};
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = componentCount(ctx->A, ctx->N); }
void best(Context *ctx) { ctx->result = baseline::componentCount(ctx->A, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny graph, one of random size and one of exactly n vertices, each with a random number
    // of components, sparse or (as ParEval's inputs) dense inside a component. In the two larger
    // ones vertex 0 and the last vertex are isolated, components of their own.
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const N = kind == 0   ? static_cast<std::size_t>(1 + rng.integer(0, 7))
                              : kind == 1 ? static_cast<std::size_t>(3 + rng.integer(0, static_cast<long long>(n) - 3))
                                          : n;
        std::size_t groups = static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(N) / 2));
        std::vector<std::size_t> label = random_labels(N, groups, rng);
        if (kind > 0) {
            label[0] = groups++;
            label[N - 1] = groups++;
        }
        double const extra = rng.coin(0.5) ? rng.uniform(0.0, 3.0) : rng.uniform(0.0, static_cast<double>(N) / 4.0);
        std::vector<int> A = grouped_graph(label, groups, extra, rng);
        std::vector<int> const copy(A);
        if (baseline::componentCount(copy, N) != componentCount(A, N)) return false;
    }
    return true;
}
