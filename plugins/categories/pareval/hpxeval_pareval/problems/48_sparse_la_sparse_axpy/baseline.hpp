#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// z starts at zero; each list's indices are distinct, so two scatter passes give
// z[k] = alpha * x[k] + y[k] with exactly the same rounding as the direct formula.
inline void sparseAxpy(double alpha, std::vector<Element> const &x, std::vector<Element> const &y,
                       std::vector<double> &z) {
    for (Element const &e : x) z[e.index] = alpha * e.value;
    for (Element const &e : y) z[e.index] += e.value;
}
}  // namespace baseline
