#include <omp.h>

namespace {
// Summary of a block for combining maximum-subarray results: total sum, best prefix sum, best
// suffix sum and best subarray sum (all over non-empty ranges).
struct Segment {
    long long total, prefix, suffix, best;
};

Segment combine(Segment const& a, Segment const& b) {
    return {a.total + b.total, std::max(a.prefix, a.total + b.prefix), std::max(b.suffix, b.total + a.suffix),
            std::max({a.best, b.best, a.suffix + b.prefix})};
}
}  // namespace

int maximumSubarray(std::vector<int> const& x) {
    const long long n = static_cast<long long>(x.size());
    std::vector<Segment> parts(omp_get_max_threads());
    std::vector<char> used(parts.size(), 0);
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const long long lo = n * t / nt, hi = n * (t + 1) / nt;
        if (hi > lo) {
            Segment s{x[lo], x[lo], x[lo], x[lo]};
            long long current = x[lo];
            for (long long i = lo + 1; i < hi; ++i) {
                s.total += x[i];
                s.prefix = std::max(s.prefix, s.total);
                current = std::max<long long>(x[i], current + x[i]);
                s.best = std::max(s.best, current);
            }
            s.suffix = current;  // the best sum ending at the block's last element
            parts[t] = s;
            used[t] = 1;
        }
    }
    bool first = true;
    Segment all{};
    for (std::size_t t = 0; t < parts.size(); ++t) {
        if (!used[t]) continue;
        all = first ? parts[t] : combine(all, parts[t]);
        first = false;
    }
    return static_cast<int>(all.best);
}
