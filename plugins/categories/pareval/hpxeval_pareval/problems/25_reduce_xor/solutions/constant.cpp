bool reduceLogicalXOR(std::vector<bool> const& x) {
    return false;
}
