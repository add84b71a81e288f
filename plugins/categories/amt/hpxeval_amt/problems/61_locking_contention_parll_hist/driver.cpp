#include "hpxeval_driver.hpp"
#include "baseline.hpp"

std::vector<size_t> parallelHistogram(std::vector<double> const &x, size_t numBins);

struct Context {
    std::vector<double> x;
    size_t numBins;
    std::vector<size_t> result;
};

// Values in [0, 1), denser near 0 (the square of a uniform value), with a few at the very ends.
static std::vector<double> random_values(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i) {
        double u = rng.uniform(0.0, 1.0);
        x[i] = (i % 3 == 0) ? u : u * u;
    }
    if (n > 2) {
        x[rng.integer(0, static_cast<long long>(n) - 1)] = 0.0;
        x[rng.integer(0, static_cast<long long>(n) - 1)] = std::nextafter(1.0, 0.0);
    }
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{random_values(n, rng), 1000, {}};
}
void reset(Context *ctx) { ctx->result.clear(); }
void compute(Context *ctx) { ctx->result = parallelHistogram(ctx->x, ctx->numBins); }
void best(Context *ctx) { ctx->result = baseline::parallelHistogram(ctx->x, ctx->numBins); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny input with few bins, then a large one with up to 1000 bins.
    const std::size_t sizes[2] = {static_cast<std::size_t>(rng.integer(1, 12)),
                                  static_cast<std::size_t>(rng.integer(1, static_cast<long long>(n)))};
    const size_t bins[2] = {static_cast<size_t>(rng.integer(1, 5)), static_cast<size_t>(rng.integer(1, 1000))};
    for (int k = 0; k < 2; ++k) {
        std::vector<double> x = random_values(sizes[k], rng);
        if (parallelHistogram(x, bins[k]) != baseline::parallelHistogram(x, bins[k])) return false;
    }
    return true;
}
