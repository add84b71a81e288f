void ranks(std::vector<float> const& x, std::vector<size_t> &ranks) {
    std::vector<size_t> order(x.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return x[a] < x[b]; });
    for (size_t r = 0; r < order.size(); ++r) ranks[order[r]] = r;
}
