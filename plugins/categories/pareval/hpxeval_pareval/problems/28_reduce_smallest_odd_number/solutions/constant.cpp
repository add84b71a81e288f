int smallestOdd(std::vector<int> const& x) {
    return std::numeric_limits<int>::max();
}
