double sumOfMinimumElements(std::vector<double> const& x, std::vector<double> const& y) {
    return 0.0;
}
