#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// Expand A to a dense matrix, factorise it in place (right-looking Doolittle elimination), then
// split the result into L (unit diagonal) and U.
inline void luFactorize(std::vector<COOElement> const &A, std::vector<double> &L, std::vector<double> &U,
                        size_t N) {
    std::vector<double> M(N * N, 0.0);
    for (COOElement const &e : A) M[e.row * N + e.column] = e.value;
    for (size_t k = 0; k < N; ++k) {
        const double *pivotRow = &M[k * N];
        for (size_t i = k + 1; i < N; ++i) {
            double *row = &M[i * N];
            const double l = row[k] / pivotRow[k];
            row[k] = l;
            for (size_t j = k + 1; j < N; ++j) row[j] -= l * pivotRow[j];
        }
    }
    for (size_t i = 0; i < N; ++i) {
        for (size_t j = 0; j < N; ++j) {
            L[i * N + j] = j < i ? M[i * N + j] : (j == i ? 1.0 : 0.0);
            U[i * N + j] = j >= i ? M[i * N + j] : 0.0;
        }
    }
}
}  // namespace baseline
