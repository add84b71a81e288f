bool reduceLogicalXOR(std::vector<bool> const& x) {
    // Off by one: ignores the last value.
    bool result = false;
    for (size_t i = 0; i + 1 < x.size(); ++i) result ^= x[i];
    return result;
}
