void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // Off by one: each entry misses its newest value (an exclusive scan of x read backwards).
    const size_t n = x.size();
    int sum = 0;
    for (size_t i = 0; i < n; ++i) {
        output[i] = sum;
        sum += x[n - 1 - i];
    }
}
