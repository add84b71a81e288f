#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

double smallestArea(std::vector<Point> const &points);

struct Context {
    std::vector<Point> points;
    double result;
};

// Random points in a square of random half-side s (so the answer varies from trial to trial),
// centred within 2s of the origin so that rounding in the areas stays small relative to them.
static std::vector<Point> square(std::size_t n, double s, hpxeval::Rng &rng) {
    double const cx = s * rng.uniform(-2.0, 2.0), cy = s * rng.uniform(-2.0, 2.0);
    std::vector<Point> p(n);
    for (auto &q : p) q = Point{cx + s * rng.uniform(-1.0, 1.0), cy + s * rng.uniform(-1.0, 1.0)};
    return p;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{square(n, 100.0, rng), 0.0};
}
void reset(Context *ctx) { ctx->result = 0.0; }
void compute(Context *ctx) { ctx->result = smallestArea(ctx->points); }
void best(Context *ctx) { ctx->result = baseline::smallestArea(ctx->points); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny input, a random one, and one of exactly n points (not a power of two when n =
    // validation_size) with a very thin triangle planted on its last point (the last point moved
    // next to the midpoint of two others): an answer that skips some triples, the last point, or
    // the last, partial tile of points, fails it.
    for (int kind = 0; kind < 3; ++kind) {
        std::size_t const size = kind == 0   ? static_cast<std::size_t>(3 + rng.integer(0, 5))
                                 : kind == 1 ? static_cast<std::size_t>(3 + rng.integer(0, static_cast<long long>(n) - 3))
                                             : n;
        double const s = rng.uniform(1.0, 100.0);
        std::vector<Point> points = square(size, s, rng);
        if (kind == 2) {
            std::size_t const a = static_cast<std::size_t>(rng.integer(0, static_cast<long long>(size) - 2));
            std::size_t b = static_cast<std::size_t>(rng.integer(0, static_cast<long long>(size) - 3));
            if (b >= a) ++b;
            Point const &p = points[a], &q = points[b];
            double const dx = q.x - p.x, dy = q.y - p.y, len = std::sqrt(dx * dx + dy * dy);
            double const off = rng.uniform(1e-7, 2e-7) * s;  // distance from the line p-q
            points[size - 1] = Point{(p.x + q.x) / 2 - dy / len * off, (p.y + q.y) / 2 + dx / len * off};
        }
        if (!hpxeval::close(baseline::smallestArea(points), smallestArea(points))) return false;
    }
    return true;
}
