void prefixSum(std::vector<double> const& x, std::vector<double> &output) {
    // Off by one: an exclusive scan (each entry misses its own value).
    double sum = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        output[i] = sum;
        sum += x[i];
    }
}
