void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // Off by one: each entry misses its own value (an exclusive scan from the end).
    int sum = 0;
    for (size_t i = x.size(); i > 0; --i) {
        output[i - 1] = sum;
        sum += x[i - 1];
    }
}
