void sparseAxpy(double alpha, std::vector<Element> const& x, std::vector<Element> const& y, std::vector<double> &z) {
    // Merge the two sorted lists; z starts at zero, and an index listed twice adds up.
    size_t i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        if (j == y.size() || (i < x.size() && x[i].index < y[j].index)) {
            z[x[i].index] += alpha * x[i].value;
            ++i;
        } else if (i == x.size() || y[j].index < x[i].index) {
            z[y[j].index] += y[j].value;
            ++j;
        } else {
            z[x[i].index] += alpha * x[i].value + y[j].value;
            ++i;
            ++j;
        }
    }
}
