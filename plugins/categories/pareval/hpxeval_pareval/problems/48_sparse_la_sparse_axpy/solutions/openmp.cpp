void sparseAxpy(double alpha, std::vector<Element> const& x, std::vector<Element> const& y, std::vector<double> &z) {
    // Indices are distinct within each list, so each pass is free of races; z starts at zero.
    const long long nx = static_cast<long long>(x.size()), ny = static_cast<long long>(y.size());
#pragma omp parallel for schedule(static)
    for (long long k = 0; k < nx; ++k) z[x[k].index] = alpha * x[k].value;
#pragma omp parallel for schedule(static)
    for (long long k = 0; k < ny; ++k) z[y[k].index] += y[k].value;
}
