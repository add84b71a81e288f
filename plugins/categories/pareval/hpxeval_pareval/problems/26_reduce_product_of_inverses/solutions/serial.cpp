double productWithInverses(std::vector<double> const& x) {
    double product = 1.0;
    for (std::size_t i = 0; i < x.size(); ++i) product *= (i % 2 == 0) ? x[i] : 1.0 / x[i];
    return product;
}
