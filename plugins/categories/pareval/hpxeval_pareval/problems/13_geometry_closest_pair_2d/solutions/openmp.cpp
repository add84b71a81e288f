static bool byX(Point const &a, Point const &b) { return a.x < b.x; }

// Sort the chunks in parallel, then merge neighbouring runs pairwise in parallel rounds.
static void parallelSortByX(std::vector<Point> &p) {
    int const chunks = omp_get_max_threads();
    if (chunks < 2 || p.size() < 100000) {
        std::sort(p.begin(), p.end(), byX);
        return;
    }
    std::vector<std::size_t> bound(chunks + 1);
    for (int c = 0; c <= chunks; ++c) bound[c] = p.size() * c / chunks;
#pragma omp parallel for
    for (int c = 0; c < chunks; ++c) std::sort(p.begin() + bound[c], p.begin() + bound[c + 1], byX);
    for (int width = 1; width < chunks; width *= 2) {
#pragma omp parallel for
        for (int c = 0; c < chunks; c += 2 * width)
            if (c + width < chunks)
                std::inplace_merge(p.begin() + bound[c], p.begin() + bound[c + width],
                                   p.begin() + bound[std::min(c + 2 * width, chunks)], byX);
    }
}

double closestPair(std::vector<Point> const& points) {
    std::vector<Point> p(points);
    parallelSortByX(p);
    long long const n = static_cast<long long>(p.size());
    // An upper bound from neighbours in x order lets every thread start its sweep with a small
    // window, even at the first point of its share.
    double bound = std::numeric_limits<double>::infinity();
#pragma omp parallel for reduction(min : bound)
    for (long long i = 1; i < n; ++i) bound = std::min(bound, distance(p[i - 1], p[i]));
    double best = bound;
#pragma omp parallel reduction(min : best)
    {
        double local = bound;
#pragma omp for schedule(static)
        for (long long i = 1; i < n; ++i)
            for (long long j = i - 1; j >= 0 && p[i].x - p[j].x < local; --j)
                local = std::min(local, distance(p[i], p[j]));
        best = std::min(best, local);
    }
    return best;
}
