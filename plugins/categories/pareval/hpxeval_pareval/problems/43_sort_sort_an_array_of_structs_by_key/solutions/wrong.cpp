void sortByStartTime(std::vector<Result> &results) {
    // Off by one: the last element is left out of the sort.
    if (results.size() < 2) return;
    std::sort(results.begin(), results.end() - 1,
              [](Result const& a, Result const& b) { return a.startTime < b.startTime; });
}
