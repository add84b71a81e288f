void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    int sum = 0;
    for (size_t i = x.size(); i > 0; --i) {
        sum += x[i - 1];
        output[i - 1] = sum;
    }
}
