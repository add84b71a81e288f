void sortByStartTime(std::vector<Result> &results) {
    for (auto &r : results) r = Result{0, 0, 0.0f};
}
