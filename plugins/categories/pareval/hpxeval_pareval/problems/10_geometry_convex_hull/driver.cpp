#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void convexHull(std::vector<Point> const &points, std::vector<Point> &hull);

struct Context {
    std::vector<Point> points;
    std::vector<Point> hull;
};

// Random points in one of three shapes around a random centre and scale: a square (few hull
// vertices), a disk (more) and a thin ring (many). Random doubles: no duplicates and no three
// points on one line, so whether collinear boundary points count never arises.
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

static void sort_points(std::vector<Point> &p) {
    std::sort(p.begin(), p.end(),
              [](Point const &a, Point const &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{cloud(n, 0, rng), {}};
}
void reset(Context *ctx) { ctx->hull.clear(); }
void compute(Context *ctx) { convexHull(ctx->points, ctx->hull); }
void best(Context *ctx) { baseline::convexHull(ctx->points, ctx->hull); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // Inputs of random shape; the hulls are compared as sets of points.
    // A tiny size, a random one and exactly n (not a power of two when n = validation_size: a
    // tiled answer whose last, partial tile of points is dropped fails).
    for (std::size_t size : {static_cast<std::size_t>(3 + rng.integer(0, 9)),
                             static_cast<std::size_t>(3 + rng.integer(0, static_cast<long long>(n) - 3)), n}) {
        std::vector<Point> points = cloud(size, static_cast<int>(rng.integer(0, 2)), rng);
        std::vector<Point> want, got;
        baseline::convexHull(points, want);
        convexHull(points, got);
        if (want.size() != got.size()) return false;
        sort_points(want);
        sort_points(got);
        for (std::size_t i = 0; i < want.size(); ++i)
            if (want[i].x != got[i].x || want[i].y != got[i].y) return false;
    }
    return true;
}
