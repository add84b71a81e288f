#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline void gemv(std::vector<double> const &A, std::vector<double> const &x, std::vector<double> &y, size_t M,
                 size_t N) {
    for (size_t i = 0; i < M; ++i) {
        const double *row = &A[i * N];
        double sum = 0.0;
        for (size_t j = 0; j < N; ++j) sum += row[j] * x[j];
        y[i] = sum;
    }
}
}  // namespace baseline
