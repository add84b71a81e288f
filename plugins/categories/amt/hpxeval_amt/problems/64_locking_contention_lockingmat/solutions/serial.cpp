void applyRowUpdates(LockedMatrix &m, std::vector<RowUpdate> const& updates) {
    for (RowUpdate const& u : updates)
        for (SparseEntry const& e : u.entries) m.at(u.row, e.col).value += e.value;
}
