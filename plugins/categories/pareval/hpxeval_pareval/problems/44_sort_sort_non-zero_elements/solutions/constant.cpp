void sortIgnoreZero(std::vector<int> &x) {
    for (auto &v : x) v = 0;
}
