#pragma once
#include <algorithm>
#include <cstddef>
#include <vector>

namespace baseline {
// For every entry a = A(i,k), add a times row k of X into row i of Y; the rows of X are located
// through offsets computed once (X is sorted by row).
inline void spmm(std::vector<COOElement> const &A, std::vector<COOElement> const &X, std::vector<double> &Y,
                 size_t M, size_t K, size_t N) {
    std::vector<size_t> rowStart(K + 1, 0);
    for (COOElement const &e : X) ++rowStart[e.row + 1];
    for (size_t k = 0; k < K; ++k) rowStart[k + 1] += rowStart[k];
    std::fill(Y.begin(), Y.begin() + static_cast<std::ptrdiff_t>(M * N), 0.0);
    for (COOElement const &a : A) {
        double *y = &Y[a.row * N];
        for (size_t p = rowStart[a.column]; p < rowStart[a.column + 1]; ++p) y[X[p].column] += a.value * X[p].value;
    }
}
}  // namespace baseline
