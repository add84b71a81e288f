void sparseAxpy(double alpha, std::vector<Element> const& x, std::vector<Element> const& y, std::vector<double> &z) {
    // z starts at zero. An index may be listed more than once (its entries add up); such entries
    // are adjacent, so only the first entry of each run writes, adding up the whole run: no two
    // threads ever touch the same element of z within a pass.
    const long long nx = static_cast<long long>(x.size()), ny = static_cast<long long>(y.size());
#pragma omp parallel for schedule(static)
    for (long long k = 0; k < nx; ++k) {
        if (k > 0 && x[k - 1].index == x[k].index) continue;
        double s = 0.0;
        for (long long r = k; r < nx && x[r].index == x[k].index; ++r) s += x[r].value;
        z[x[k].index] = alpha * s;
    }
#pragma omp parallel for schedule(static)
    for (long long k = 0; k < ny; ++k) {
        if (k > 0 && y[k - 1].index == y[k].index) continue;
        double s = 0.0;
        for (long long r = k; r < ny && y[r].index == y[k].index; ++r) s += y[r].value;
        z[y[k].index] += s;
    }
}
