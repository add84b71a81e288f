void prefixSum(std::vector<double> const& x, std::vector<double> &output) {
    for (size_t i = 0; i < output.size(); ++i) output[i] = 0.0;
}
