#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// Right-looking Doolittle elimination: at step k, every row below k gets its multiplier stored
// in column k and the rest of the row updated.
inline void luFactorize(std::vector<double> &A, size_t N) {
    for (size_t k = 0; k < N; ++k) {
        const double *pivotRow = &A[k * N];
        const double pivot = pivotRow[k];
        for (size_t i = k + 1; i < N; ++i) {
            double *row = &A[i * N];
            const double l = row[k] / pivot;
            row[k] = l;
            for (size_t j = k + 1; j < N; ++j) row[j] -= l * pivotRow[j];
        }
    }
}
}  // namespace baseline
