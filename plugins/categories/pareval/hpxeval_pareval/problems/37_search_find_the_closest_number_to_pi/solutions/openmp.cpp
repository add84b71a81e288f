#include <omp.h>

size_t findClosestToPi(std::vector<double> const& x) {
    // Each thread finds the closest value of its part; the thread results are then compared,
    // preferring the smaller index on equal distances.
    const long long n = static_cast<long long>(x.size());
    size_t best = 0;
    double bestDistance = std::abs(x[0] - M_PI);
#pragma omp parallel
    {
        size_t mine = 0;
        double mineDistance = std::numeric_limits<double>::infinity();
#pragma omp for nowait
        for (long long i = 0; i < n; ++i) {
            const double d = std::abs(x[i] - M_PI);
            if (d < mineDistance) {
                mineDistance = d;
                mine = static_cast<size_t>(i);
            }
        }
#pragma omp critical
        if (mineDistance < bestDistance || (mineDistance == bestDistance && mine < best)) {
            best = mine;
            bestDistance = mineDistance;
        }
    }
    return best;
}
