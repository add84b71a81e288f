#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

double closestPair(std::vector<Point> const &points);

struct Context {
    std::vector<Point> points;
    double result;
};

// Random points in a square of random centre and side (so the answer varies between trials).
static std::vector<Point> square(std::size_t n, double s, hpxeval::Rng &rng) {
    double const cx = rng.uniform(-100.0, 100.0), cy = rng.uniform(-100.0, 100.0);
    std::vector<Point> p(n);
    for (auto &q : p) q = Point{cx + s * rng.uniform(-1.0, 1.0), cy + s * rng.uniform(-1.0, 1.0)};
    return p;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{square(n, 100.0, rng), 0.0};
}
void reset(Context *ctx) { ctx->result = 0.0; }
void compute(Context *ctx) { ctx->result = closestPair(ctx->points); }
void best(Context *ctx) { ctx->result = baseline::closestPair(ctx->points); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny input, a random one, and one of exactly n points (not a power of two when n =
    // validation_size) whose closest pair is planted on the last point (moved very near a random
    // other point): skipping any pair, the last point's or a last partial tile's included, fails it.
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const size = kind == 0   ? static_cast<std::size_t>(2 + rng.integer(0, 6))
                                 : kind == 1 ? static_cast<std::size_t>(2 + rng.integer(0, static_cast<long long>(n) - 2))
                                             : n;
        double const s = rng.uniform(1.0, 1000.0);
        std::vector<Point> points = square(size, s, rng);
        if (kind == 2) {
            Point const p = points[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(size) - 2))];
            double const t = rng.uniform(0.0, 6.283185307179586), r = s * rng.uniform(5e-7, 1e-6);
            points[size - 1] = Point{p.x + r * std::cos(t), p.y + r * std::sin(t)};
        }
        if (!hpxeval::close(baseline::closestPair(points), closestPair(points))) return false;
    }
    return true;
}
