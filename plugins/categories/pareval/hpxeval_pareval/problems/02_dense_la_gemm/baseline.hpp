#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// i-k-j order: the innermost loop streams through a row of B and a row of C.
inline void gemm(std::vector<double> const &A, std::vector<double> const &B, std::vector<double> &C, size_t M,
                 size_t K, size_t N) {
    for (size_t i = 0; i < M; ++i) {
        double *c = &C[i * N];
        for (size_t j = 0; j < N; ++j) c[j] = 0.0;
        for (size_t k = 0; k < K; ++k) {
            const double a = A[i * K + k];
            const double *bRow = &B[k * N];
            for (size_t j = 0; j < N; ++j) c[j] += a * bRow[j];
        }
    }
}
}  // namespace baseline
