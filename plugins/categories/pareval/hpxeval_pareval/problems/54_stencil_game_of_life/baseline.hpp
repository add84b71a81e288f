#pragma once
#include <vector>

namespace baseline {
inline void gameOfLife(std::vector<int> const &input, std::vector<int> &output, size_t N) {
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = 0; j < N; ++j) {
            int alive = 0;
            for (std::size_t r = (i > 0 ? i - 1 : 0); r <= i + 1 && r < N; ++r)
                for (std::size_t c = (j > 0 ? j - 1 : 0); c <= j + 1 && c < N; ++c)
                    if (r != i || c != j) alive += input[r * N + c];
            bool const live = input[i * N + j] == 1;
            output[i * N + j] = (alive == 3 || (live && alive == 2)) ? 1 : 0;
        }
    }
}
}  // namespace baseline
