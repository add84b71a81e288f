double sumOfPrefixSum(std::vector<double> const& x) {
    return 0.0;
}
