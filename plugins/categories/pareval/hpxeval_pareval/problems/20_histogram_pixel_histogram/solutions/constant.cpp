void pixelCounts(std::vector<int> const& x, std::array<size_t, 256> &bins) {
    bins.fill(1);
}
