static double cross(Point const &o, Point const &a, Point const &b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static bool lessXY(Point const &a, Point const &b) { return a.x != b.x ? a.x < b.x : a.y < b.y; }

// Monotone chain over points sorted by lessXY; returns the closed vertex list (last == first).
static std::vector<Point> closedHull(std::vector<Point> const &p) {
    if (p.size() < 3) return p;
    std::vector<Point> h(2 * p.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    for (std::size_t i = p.size() - 1, t = k + 1; i-- > 0;) {
        while (k >= t && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
        h[k++] = p[i];
    }
    h.resize(k);
    return h;
}

double convexHullPerimeter(std::vector<Point> const& points) {
    // Hull each chunk in parallel; the hull of the union of the chunk hulls is the global hull.
    std::size_t const n = points.size();
    int const chunks = std::max(1, 4 * omp_get_max_threads());
    std::vector<std::vector<Point>> parts(chunks);
#pragma omp parallel for schedule(dynamic)
    for (int c = 0; c < chunks; ++c) {
        std::vector<Point> local(points.begin() + n * c / chunks, points.begin() + n * (c + 1) / chunks);
        std::sort(local.begin(), local.end(), lessXY);
        parts[c] = closedHull(local);
    }
    std::vector<Point> candidates;
    for (auto const &part : parts) candidates.insert(candidates.end(), part.begin(), part.end());
    std::sort(candidates.begin(), candidates.end(), lessXY);
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](Point const &a, Point const &b) { return a.x == b.x && a.y == b.y; }),
                     candidates.end());
    std::vector<Point> const h = closedHull(candidates);
    double total = 0.0;
    for (std::size_t i = 0; i + 1 < h.size(); ++i) total += distance(h[i], h[i + 1]);
    return total;
}
