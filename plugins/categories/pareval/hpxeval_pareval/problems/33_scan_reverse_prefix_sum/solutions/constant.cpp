void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    for (size_t i = 0; i < output.size(); ++i) output[i] = 0;
}
