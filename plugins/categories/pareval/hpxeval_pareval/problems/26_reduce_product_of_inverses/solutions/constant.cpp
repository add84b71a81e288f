double productWithInverses(std::vector<double> const& x) {
    return 1.0;
}
