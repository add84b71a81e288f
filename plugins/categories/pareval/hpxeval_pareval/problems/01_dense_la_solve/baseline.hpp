#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// Gaussian elimination without pivoting on copies of A and b, then back substitution.
inline void solveLinearSystem(std::vector<double> const &A, std::vector<double> const &b,
                              std::vector<double> &x, size_t N) {
    std::vector<double> M(A);
    std::vector<double> rhs(b);
    for (size_t k = 0; k < N; ++k) {
        const double *pivotRow = &M[k * N];
        for (size_t i = k + 1; i < N; ++i) {
            double *row = &M[i * N];
            const double l = row[k] / pivotRow[k];
            for (size_t j = k + 1; j < N; ++j) row[j] -= l * pivotRow[j];
            rhs[i] -= l * rhs[k];
        }
    }
    for (size_t i = N; i-- > 0;) {
        double s = rhs[i];
        for (size_t j = i + 1; j < N; ++j) s -= M[i * N + j] * x[j];
        x[i] = s / M[i * N + i];
    }
}
}  // namespace baseline
