void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    const size_t n = x.size();
    int sum = 0;
    for (size_t i = 0; i < n; ++i) {
        sum += x[n - 1 - i];
        output[i] = sum;
    }
}
