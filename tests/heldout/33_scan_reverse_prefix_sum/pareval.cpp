// expect: valid
// Held-out (ParEval's definition of 33 (reverse, then inclusive scan)).
void reversePrefixSum(std::vector<int> const& x, std::vector<int> &output) {
    // Reverse a copy of x, then take its inclusive prefix sum.
    std::vector<int> backwards(x.rbegin(), x.rend());
    std::inclusive_scan(backwards.begin(), backwards.end(), output.begin());
}
