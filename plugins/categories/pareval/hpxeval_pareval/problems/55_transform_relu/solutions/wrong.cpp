void relu(std::vector<double> &x) {
    // Wrong: the first value is never touched.
    for (std::size_t i = 1; i < x.size(); ++i)
        if (x[i] < 0.0) x[i] = 0.0;
}
