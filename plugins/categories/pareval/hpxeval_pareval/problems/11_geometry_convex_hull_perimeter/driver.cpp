#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

double convexHullPerimeter(std::vector<Point> const &points);

struct Context {
    std::vector<Point> points;
    double result;
};

// Random points in one of three shapes around a random centre and scale (so the perimeter varies
// from trial to trial): a square, a disk and a thin ring.
static std::vector<Point> cloud(std::size_t n, int shape, hpxeval::Rng &rng) {
    double const cx = rng.uniform(-100.0, 100.0), cy = rng.uniform(-100.0, 100.0);
    double const s = rng.uniform(0.5, 50.0);
    std::vector<Point> p(n);
    for (auto &q : p) {
        double u, v;
        if (shape == 0) {
            u = rng.uniform(-1.0, 1.0);
            v = rng.uniform(-1.0, 1.0);
        } else if (shape == 1) {
            do {
                u = rng.uniform(-1.0, 1.0);
                v = rng.uniform(-1.0, 1.0);
            } while (u * u + v * v > 1.0);
        } else {
            double const t = rng.uniform(0.0, 6.283185307179586), r = 1.0 - rng.uniform(0.0, 0.05);
            u = r * std::cos(t);
            v = r * std::sin(t);
        }
        q = Point{cx + s * u, cy + s * v};
    }
    return p;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{cloud(n, 0, rng), 0.0};
}
void reset(Context *ctx) { ctx->result = 0.0; }
void compute(Context *ctx) { ctx->result = convexHullPerimeter(ctx->points); }
void best(Context *ctx) { ctx->result = baseline::convexHullPerimeter(ctx->points); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny size, a random one and exactly n (not a power of two when n = validation_size: a
    // tiled answer whose last, partial tile of points is dropped fails).
    for (std::size_t size : {static_cast<std::size_t>(3 + rng.integer(0, 9)),
                             static_cast<std::size_t>(3 + rng.integer(0, static_cast<long long>(n) - 3)), n}) {
        std::vector<Point> points = cloud(size, static_cast<int>(rng.integer(0, 2)), rng);
        if (!hpxeval::close(baseline::convexHullPerimeter(points), convexHullPerimeter(points))) return false;
    }
    return true;
}
