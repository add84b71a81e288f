#include <omp.h>

void sortIgnoreZero(std::vector<int> &x) {
    // Gather the non-zero values, sort them (one block per thread, then pairwise merges), and
    // write them back into the non-zero positions in order.
    const long long n = static_cast<long long>(x.size());
    std::vector<long long> positions;
    std::vector<int> values;
    for (long long i = 0; i < n; ++i)
        if (x[i] != 0) {
            positions.push_back(i);
            values.push_back(x[i]);
        }
    const long long m = static_cast<long long>(values.size());
    const int blocks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(std::max(1LL, m))));
    std::vector<long long> bound(blocks + 1);
    for (int b = 0; b <= blocks; ++b) bound[b] = m * b / blocks;
#pragma omp parallel for
    for (int b = 0; b < blocks; ++b) std::sort(values.begin() + bound[b], values.begin() + bound[b + 1]);
    for (int width = 1; width < blocks; width *= 2) {
#pragma omp parallel for
        for (int b = 0; b < blocks; b += 2 * width) {
            if (b + width >= blocks) continue;
            const int end = std::min(b + 2 * width, blocks);
            std::inplace_merge(values.begin() + bound[b], values.begin() + bound[b + width], values.begin() + bound[end]);
        }
    }
#pragma omp parallel for
    for (long long j = 0; j < m; ++j) x[positions[j]] = values[j];
}
