void partialMinimums(std::vector<float> &x) {
    for (size_t i = 1; i < x.size(); ++i) x[i] = std::min(x[i], x[i - 1]);
}
