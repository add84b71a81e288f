// expect: valid
// Held-out: ParEval-complexity O(n^2) answer (all pairs). Expected VALID, within 60 s at the pareval size.
double closestPair(std::vector<double> const& x) {
    double best = std::numeric_limits<double>::max();
    for (size_t i = 0; i + 1 < x.size(); ++i)
        for (size_t j = i + 1; j < x.size(); ++j) best = std::min(best, distance(x[i], x[j]));
    return best;
}
