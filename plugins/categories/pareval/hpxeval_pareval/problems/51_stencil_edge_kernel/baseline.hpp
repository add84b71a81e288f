#pragma once
#include <vector>

namespace baseline {
inline void convolveKernel(std::vector<int> const &imageIn, std::vector<int> &imageOut, size_t N) {
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = 0; j < N; ++j) {
            int value = 9 * imageIn[i * N + j];  // the centre is counted once more in the 3x3 sum
            for (int di = -1; di <= 1; ++di) {
                for (int dj = -1; dj <= 1; ++dj) {
                    long long const r = static_cast<long long>(i) + di, c = static_cast<long long>(j) + dj;
                    if (r >= 0 && c >= 0 && r < static_cast<long long>(N) && c < static_cast<long long>(N))
                        value -= imageIn[r * N + c];
                }
            }
            imageOut[i * N + j] = value < 0 ? 0 : (value > 255 ? 255 : value);
        }
    }
}
}  // namespace baseline
