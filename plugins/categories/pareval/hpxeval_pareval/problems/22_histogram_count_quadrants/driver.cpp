#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"
#include <array>

void countQuadrants(std::vector<Point> const &x, std::array<size_t, 4> &bins);

struct Context {
    std::vector<Point> x;
    std::array<size_t, 4> bins;
};

// About one point in fifty lies exactly on an axis (x == 0 or y == 0), to test the boundary rule.
static Point one(hpxeval::Rng &rng) {
    Point p{rng.uniform(-10.0, 10.0), rng.uniform(-10.0, 10.0)};
    if (rng.coin(0.01)) p.x = 0.0;
    if (rng.coin(0.01)) p.y = 0.0;
    return p;
}

static std::vector<Point> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<Point> x(n);
    for (auto &v : x) v = one(rng);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), {}};
}
void reset(Context *ctx) { ctx->bins.fill(0); }
void compute(Context *ctx) { countQuadrants(ctx->x, ctx->bins); }
void best(Context *ctx) { baseline::countQuadrants(ctx->x, ctx->bins); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // one tiny and one full-size input per trial: a constant or input-blind answer fails both
    for (std::size_t size : {static_cast<std::size_t>(1 + rng.integer(0, 16)), n}) {
        std::vector<Point> x = input(size, rng);
        std::array<size_t, 4> want{}, got{};
        baseline::countQuadrants(x, want);
        countQuadrants(x, got);
        if (want != got) return false;
    }
    return true;
}
