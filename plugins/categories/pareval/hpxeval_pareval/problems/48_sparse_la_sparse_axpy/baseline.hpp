#pragma once
#include <cstddef>
#include <vector>

namespace baseline {
// z starts at zero: two scatter passes add alpha times every entry of x, then every entry of y
// (an index listed twice in a list gets both of its entries).
inline void sparseAxpy(double alpha, std::vector<Element> const &x, std::vector<Element> const &y,
                       std::vector<double> &z) {
    for (Element const &e : x) z[e.index] += alpha * e.value;
    for (Element const &e : y) z[e.index] += e.value;
}
}  // namespace baseline
