#include <omp.h>

void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // output[i] is the inclusive prefix sum of x read backwards (y[i] = x[n-1-i]). Each thread
    // scans its block of output positions; then every block adds the totals of the blocks
    // before it.
    const long long n = static_cast<long long>(x.size());
    std::vector<int> blockSum(omp_get_max_threads() + 1, 0);
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const long long lo = n * t / nt, hi = n * (t + 1) / nt;
        int sum = 0;
        for (long long i = lo; i < hi; ++i) {
            sum += x[n - 1 - i];
            output[i] = sum;
        }
        blockSum[t + 1] = sum;
#pragma omp barrier
        int offset = 0;
        for (int b = 1; b <= t; ++b) offset += blockSum[b];
        if (offset != 0)
            for (long long i = lo; i < hi; ++i) output[i] += offset;
    }
}
