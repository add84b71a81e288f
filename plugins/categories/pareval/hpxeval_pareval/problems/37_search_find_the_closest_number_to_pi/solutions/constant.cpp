size_t findClosestToPi(std::vector<double> const& x) {
    return 0;
}
