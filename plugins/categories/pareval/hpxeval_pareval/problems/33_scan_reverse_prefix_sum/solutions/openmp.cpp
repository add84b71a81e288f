#include <omp.h>

void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // Each thread scans its block from the right; then every block adds the total of the blocks
    // to its right.
    const long long n = static_cast<long long>(x.size());
    std::vector<int> blockSum(omp_get_max_threads(), 0);
#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const long long lo = n * t / nt, hi = n * (t + 1) / nt;
        int sum = 0;
        for (long long i = hi - 1; i >= lo; --i) {
            sum += x[i];
            output[i] = sum;
        }
        blockSum[t] = sum;
#pragma omp barrier
        int offset = 0;
        for (int b = t + 1; b < nt; ++b) offset += blockSum[b];
        if (offset != 0)
            for (long long i = lo; i < hi; ++i) output[i] += offset;
    }
}
