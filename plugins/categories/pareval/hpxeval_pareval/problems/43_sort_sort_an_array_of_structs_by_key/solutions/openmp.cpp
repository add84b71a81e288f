#include <omp.h>

void sortByStartTime(std::vector<Result> &results) {
    // Sort one block per thread, then merge neighbouring blocks pairwise in parallel rounds.
    auto earlier = [](Result const& a, Result const& b) { return a.startTime < b.startTime; };
    const long long n = static_cast<long long>(results.size());
    const int blocks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n)));
    std::vector<long long> bound(blocks + 1);
    for (int b = 0; b <= blocks; ++b) bound[b] = n * b / blocks;
#pragma omp parallel for
    for (int b = 0; b < blocks; ++b)
        std::sort(results.begin() + bound[b], results.begin() + bound[b + 1], earlier);
    for (int width = 1; width < blocks; width *= 2) {
#pragma omp parallel for
        for (int b = 0; b < blocks; b += 2 * width) {
            if (b + width >= blocks) continue;
            const int end = std::min(b + 2 * width, blocks);
            std::inplace_merge(results.begin() + bound[b], results.begin() + bound[b + width],
                               results.begin() + bound[end], earlier);
        }
    }
}
