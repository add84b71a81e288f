#include <omp.h>

void prefixSum(std::vector<double> const& x, std::vector<double> &output) {
    // Two passes over per-thread blocks: local scans, then add the sum of all earlier blocks.
    const long long n = static_cast<long long>(x.size());
    std::vector<double> blockSum(omp_get_max_threads() + 1, 0.0);
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const long long lo = n * t / nt, hi = n * (t + 1) / nt;
        double sum = 0.0;
        for (long long i = lo; i < hi; ++i) {
            sum += x[i];
            output[i] = sum;
        }
        blockSum[t + 1] = sum;
#pragma omp barrier
        double offset = 0.0;
        for (int b = 1; b <= t; ++b) offset += blockSum[b];
        if (offset != 0.0)
            for (long long i = lo; i < hi; ++i) output[i] += offset;
    }
}
