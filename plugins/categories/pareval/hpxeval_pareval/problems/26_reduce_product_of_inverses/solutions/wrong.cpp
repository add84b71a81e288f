double productWithInverses(std::vector<double> const& x) {
    // Wrong: inverts the even positions instead of the odd ones.
    double product = 1.0;
    for (std::size_t i = 0; i < x.size(); ++i) product *= (i % 2 == 1) ? x[i] : 1.0 / x[i];
    return product;
}
