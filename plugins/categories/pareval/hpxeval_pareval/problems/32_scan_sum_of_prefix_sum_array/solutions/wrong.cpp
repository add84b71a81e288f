double sumOfPrefixSum(std::vector<double> const& x) {
    // Off by one: weights n-1-i instead of n-i (an exclusive prefix sum).
    double prefix = 0.0, total = 0.0;
    for (double v : x) {
        total += prefix;
        prefix += v;
    }
    return total;
}
