#pragma once
#include <algorithm>
#include <cstddef>
#include <vector>

namespace baseline {
// Gather the non-zero values, sort them, and write them back into the non-zero positions.
inline void sortIgnoreZero(std::vector<int> &x) {
    std::vector<int> values;
    values.reserve(x.size());
    for (int v : x)
        if (v != 0) values.push_back(v);
    std::sort(values.begin(), values.end());
    std::size_t next = 0;
    for (int &v : x)
        if (v != 0) v = values[next++];
}
}  // namespace baseline
