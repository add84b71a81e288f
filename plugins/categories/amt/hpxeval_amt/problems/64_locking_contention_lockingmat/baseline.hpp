#pragma once
#include <vector>

namespace baseline {
inline void applyRowUpdates(LockedMatrix &m, std::vector<RowUpdate> const &updates) {
    for (RowUpdate const &u : updates) {
        LockedEntry *row = &m.entries[u.row * m.cols];
        for (SparseEntry const &e : u.entries) row[e.col].value += e.value;
    }
}
}  // namespace baseline
