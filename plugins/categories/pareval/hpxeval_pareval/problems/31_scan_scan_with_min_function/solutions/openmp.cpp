#include <omp.h>

void partialMinimums(std::vector<float> &x) {
    // Scan each thread's block, then fold in the minimum of all earlier blocks.
    const long long n = static_cast<long long>(x.size());
    std::vector<float> blockMin(omp_get_max_threads(), std::numeric_limits<float>::infinity());
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const long long lo = n * t / nt, hi = n * (t + 1) / nt;
        for (long long i = lo + 1; i < hi; ++i) x[i] = std::min(x[i], x[i - 1]);
        if (hi > lo) blockMin[t] = x[hi - 1];
#pragma omp barrier
        float before = std::numeric_limits<float>::infinity();
        for (int b = 0; b < t; ++b) before = std::min(before, blockMin[b]);
        for (long long i = lo; i < hi; ++i) {
            if (x[i] <= before) break;  // block values only decrease: the rest is already smaller
            x[i] = before;
        }
    }
}
