void sortByStartTime(std::vector<Result> &results) {
    auto earlier = [](Result const& a, Result const& b) { return a.startTime < b.startTime; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::sort(hpx::execution::par, results.begin(), results.end(), earlier);
#else
    hpx::parallel::sort(hpx::parallel::execution::par, results.begin(), results.end(), earlier);
#endif
}
