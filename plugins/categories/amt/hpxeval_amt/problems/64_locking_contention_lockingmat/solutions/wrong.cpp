void applyRowUpdates(LockedMatrix &m, std::vector<RowUpdate> const& updates) {
    // Off by one: the last entry of every update is dropped.
    for (RowUpdate const& u : updates)
        for (size_t k = 0; k + 1 < u.entries.size(); ++k) {
            LockedEntry &target = m.at(u.row, u.entries[k].col);
            std::lock_guard<EntryLock> guard(target.lock);
            target.value += u.entries[k].value;
        }
}
