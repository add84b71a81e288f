void applyRowUpdates(LockedMatrix &m, std::vector<RowUpdate> const& updates) {
    auto apply = [&m](RowUpdate const& u) {
        for (SparseEntry const& e : u.entries) {
            LockedEntry &target = m.at(u.row, e.col);
            std::lock_guard<EntryLock> guard(target.lock);  // the entry's HPX spinlock
            target.value += e.value;
        }
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::for_each(hpx::execution::par, updates.begin(), updates.end(), apply);
#else
    hpx::parallel::for_each(hpx::parallel::execution::par, updates.begin(), updates.end(), apply);
#endif
}
