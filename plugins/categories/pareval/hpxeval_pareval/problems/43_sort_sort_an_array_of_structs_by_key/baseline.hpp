#pragma once
#include <algorithm>
#include <vector>

namespace baseline {
inline void sortByStartTime(std::vector<Result> &results) {
    std::sort(results.begin(), results.end(),
              [](Result const &a, Result const &b) { return a.startTime < b.startTime; });
}
}  // namespace baseline
