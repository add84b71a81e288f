void applyRowUpdates(LockedMatrix &m, std::vector<RowUpdate> const& updates) {
    for (LockedEntry &e : m.entries) {
        std::lock_guard<EntryLock> guard(e.lock);
        e.value = 0;
    }
}
