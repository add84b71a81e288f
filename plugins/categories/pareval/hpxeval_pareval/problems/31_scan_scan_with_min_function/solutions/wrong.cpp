void partialMinimums(std::vector<float> &x) {
    // Off by one: the last element is never updated.
    for (size_t i = 1; i + 1 < x.size(); ++i) x[i] = std::min(x[i], x[i - 1]);
}
