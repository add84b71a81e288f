bool reduceLogicalXOR(std::vector<bool> const& x) {
    bool result = false;
    for (bool v : x) result ^= v;
    return result;
}
