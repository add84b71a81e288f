#include <omp.h>

void ranks(std::vector<float> const& x, std::vector<size_t> &ranks) {
    // Sort (value, index) pairs: one block per thread, pairwise merges in parallel rounds; then
    // scatter the positions.
    const long long n = static_cast<long long>(x.size());
    std::vector<std::pair<float, size_t>> order(n);
#pragma omp parallel for
    for (long long i = 0; i < n; ++i) order[i] = {x[i], static_cast<size_t>(i)};
    const int blocks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n)));
    std::vector<long long> bound(blocks + 1);
    for (int b = 0; b <= blocks; ++b) bound[b] = n * b / blocks;
#pragma omp parallel for
    for (int b = 0; b < blocks; ++b) std::sort(order.begin() + bound[b], order.begin() + bound[b + 1]);
    for (int width = 1; width < blocks; width *= 2) {
#pragma omp parallel for
        for (int b = 0; b < blocks; b += 2 * width) {
            if (b + width >= blocks) continue;
            const int end = std::min(b + 2 * width, blocks);
            std::inplace_merge(order.begin() + bound[b], order.begin() + bound[b + width], order.begin() + bound[end]);
        }
    }
#pragma omp parallel for
    for (long long r = 0; r < n; ++r) ranks[order[r].second] = static_cast<size_t>(r);
}
