void sortComplexByMagnitude(std::vector<std::complex<double>> &x) {
    // Off by one: the last element is left out of the sort.
    if (x.size() < 2) return;
    std::sort(x.begin(), x.end() - 1, [](std::complex<double> const& a, std::complex<double> const& b) {
        return std::abs(a) < std::abs(b);
    });
}
