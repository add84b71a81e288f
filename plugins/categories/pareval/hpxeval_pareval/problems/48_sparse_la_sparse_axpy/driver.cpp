#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void sparseAxpy(double alpha, std::vector<Element> const &x, std::vector<Element> const &y, std::vector<double> &z);

struct Context {
    double alpha;
    std::vector<Element> x, y;
    std::vector<double> z;
};

// A random sparse vector of the given length, sorted by index with distinct indices: each
// position is present with probability `density`, with a value in [-100, 100).
static std::vector<Element> randomSparse(std::size_t length, double density, hpxeval::Rng &rng) {
    std::vector<Element> v;
    v.reserve(static_cast<std::size_t>(static_cast<double>(length) * density * 1.05) + 16);
    for (std::size_t k = 0; k < length; ++k)
        if (rng.coin(density)) v.push_back({k, rng.uniform(-100.0, 100.0)});
    return v;
}

// As ParEval builds its inputs: `count` entries at random indices below `length` (an index may
// be drawn more than once; its entries add up), values in [-100, 100), sorted by index.
static std::vector<Element> drawnSparse(std::size_t length, std::size_t count, hpxeval::Rng &rng) {
    std::vector<Element> v(count);
    for (auto &e : v) e = {static_cast<std::size_t>(rng.integer(0, static_cast<long long>(length) - 1)),
                           rng.uniform(-100.0, 100.0)};
    std::sort(v.begin(), v.end(), [](Element const &a, Element const &b) { return a.index < b.index; });
    return v;
}

// alpha is never 0 or 1, so both vectors always matter.
static double randomAlpha(hpxeval::Rng &rng) { return (rng.coin() ? 1.0 : -1.0) * rng.uniform(1.5, 4.0); }

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const double alpha = randomAlpha(rng);
    auto x = drawnSparse(n, n / 10, rng);
    auto y = drawnSparse(n, n / 10, rng);
    return new Context{alpha, std::move(x), std::move(y), std::vector<double>(n, 0.0)};
}
void reset(Context *ctx) { std::fill(ctx->z.begin(), ctx->z.end(), 0.0); }
void compute(Context *ctx) { sparseAxpy(ctx->alpha, ctx->x, ctx->y, ctx->z); }
void best(Context *ctx) { baseline::sparseAxpy(ctx->alpha, ctx->x, ctx->y, ctx->z); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const long long big = static_cast<long long>(n);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, big)); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 7)); };
    // A vector of exactly n entries (tiling bugs), densities from sparse to nearly full, lists of
    // different densities, a vector that is entirely present in both lists, tiny lengths; a
    // negative density means "draw that fraction of the length at random indices" (repeats).
    struct Case { std::size_t length; double xDensity, yDensity; };
    const Case cases[] = {{n, -0.1, -0.1}, {full(), 0.3, 0.3}, {full(), 0.05, -0.6}, {full(), -0.9, 0.1},
                          {full(), 1.0, 1.0}, {tiny(), -0.5, 0.5}, {tiny(), 1.0, -1.5}};
    for (const Case &c : cases) {
        const double alpha = randomAlpha(rng);
        const auto make = [&](double density) {
            return density < 0 ? drawnSparse(c.length, static_cast<std::size_t>(-density * static_cast<double>(c.length)), rng)
                               : randomSparse(c.length, density, rng);
        };
        const std::vector<Element> x = make(c.xDensity);
        const std::vector<Element> y = make(c.yDensity);
        std::vector<double> expected(c.length, 0.0), actual(c.length, 0.0);
        baseline::sparseAxpy(alpha, x, y, expected);
        sparseAxpy(alpha, x, y, actual);
        if (!hpxeval::all_close(actual, expected)) return false;
    }
    return true;
}
