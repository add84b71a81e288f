void prefixSum(std::vector<double> const& x, std::vector<double> &output) {
    double sum = 0.0;
    for (size_t i = 0; i < x.size(); ++i) {
        sum += x[i];
        output[i] = sum;
    }
}
