#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
inline void spmv(double alpha, std::vector<COOElement> const &A, std::vector<double> const &x, double beta,
                 std::vector<double> &y, size_t M, size_t N) {
    (void)N;
    for (size_t i = 0; i < M; ++i) y[i] *= beta;
    for (COOElement const &e : A) y[e.row] += alpha * e.value * x[e.column];
}
}  // namespace baseline
