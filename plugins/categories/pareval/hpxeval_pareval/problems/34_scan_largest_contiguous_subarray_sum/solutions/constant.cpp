int maximumSubarray(std::vector<int> const& x) {
    return 0;
}
