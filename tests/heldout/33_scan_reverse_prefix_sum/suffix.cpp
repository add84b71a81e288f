// expect: invalid
// Held-out (the suffix sum hpxeval used to define).
void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // The suffix-sum reading: output[i] = x[i] + x[i+1] + ... + x[n-1].
    int sum = 0;
    for (size_t i = x.size(); i > 0; --i) {
        sum += x[i - 1];
        output[i - 1] = sum;
    }
}
