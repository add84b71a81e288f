void applyRowUpdates(LockedMatrix &m, std::vector<RowUpdate> const& updates) {
    const long long n = static_cast<long long>(updates.size());
#pragma omp parallel for schedule(dynamic, 64)
    for (long long i = 0; i < n; ++i) {
        RowUpdate const& u = updates[i];
        for (SparseEntry const& e : u.entries) {
            LockedEntry &target = m.at(u.row, e.col);
            std::lock_guard<EntryLock> guard(target.lock);
            target.value += e.value;
        }
    }
}
