// Sort the chunks in parallel, then merge neighbouring runs pairwise in parallel rounds.
static void parallelSort(std::vector<double> &v) {
    int const chunks = omp_get_max_threads();
    if (chunks < 2 || v.size() < 100000) {
        std::sort(v.begin(), v.end());
        return;
    }
    std::vector<std::size_t> bound(chunks + 1);
    for (int c = 0; c <= chunks; ++c) bound[c] = v.size() * c / chunks;
#pragma omp parallel for
    for (int c = 0; c < chunks; ++c) std::sort(v.begin() + bound[c], v.begin() + bound[c + 1]);
    for (int width = 1; width < chunks; width *= 2) {
#pragma omp parallel for
        for (int c = 0; c < chunks; c += 2 * width)
            if (c + width < chunks)
                std::inplace_merge(v.begin() + bound[c], v.begin() + bound[c + width],
                                   v.begin() + bound[std::min(c + 2 * width, chunks)]);
    }
}

double closestPair(std::vector<double> const& x) {
    std::vector<double> v(x);
    parallelSort(v);
    long long const n = static_cast<long long>(v.size());
    double best = std::numeric_limits<double>::infinity();
#pragma omp parallel for reduction(min : best)
    for (long long i = 1; i < n; ++i) best = std::min(best, v[i] - v[i - 1]);
    return best;
}
