#include <omp.h>

void sortComplexByMagnitude(std::vector<std::complex<double>> &x) {
    // Sort one block per thread, then merge neighbouring blocks pairwise in parallel rounds.
    auto byMagnitude = [](std::complex<double> const& a, std::complex<double> const& b) {
        return std::abs(a) < std::abs(b);
    };
    const long long n = static_cast<long long>(x.size());
    const int blocks = std::max(1, std::min<int>(omp_get_max_threads(), static_cast<int>(n)));
    std::vector<long long> bound(blocks + 1);
    for (int b = 0; b <= blocks; ++b) bound[b] = n * b / blocks;
#pragma omp parallel for
    for (int b = 0; b < blocks; ++b) std::sort(x.begin() + bound[b], x.begin() + bound[b + 1], byMagnitude);
    for (int width = 1; width < blocks; width *= 2) {
#pragma omp parallel for
        for (int b = 0; b < blocks; b += 2 * width) {
            if (b + width >= blocks) continue;
            const int end = std::min(b + 2 * width, blocks);
            std::inplace_merge(x.begin() + bound[b], x.begin() + bound[b + width], x.begin() + bound[end],
                               byMagnitude);
        }
    }
}
