void mapPowersOfTwo(std::vector<int> const& x, std::vector<bool> &mask) {
    // Wrong: treats 1 (= 2^0) as not a power of two.
    for (std::size_t i = 0; i < x.size(); ++i) mask[i] = x[i] > 1 && isPowerOfTwo(x[i]);
}
