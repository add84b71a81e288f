void squareEach(std::vector<int> &x) {
    // Wrong: the first value is left unchanged.
    for (std::size_t i = 1; i < x.size(); ++i) x[i] = x[i] * x[i];
}
