// expect: valid
// Held-out (O(n^2), ParEval's baseline complexity).
int maximumSubarray(std::vector<int> const& x) {
    // Every start i, every end j: O(n^2) sums, as ParEval's serial baseline does (with the
    // running sum restarted for each start).
    int best = std::numeric_limits<int>::lowest();
    for (size_t i = 0; i < x.size(); ++i) {
        int sum = 0;
        for (size_t j = i; j < x.size(); ++j) {
            sum += x[j];
            if (sum > best) best = sum;
        }
    }
    return best;
}
