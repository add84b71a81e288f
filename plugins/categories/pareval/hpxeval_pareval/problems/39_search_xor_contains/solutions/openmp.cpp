bool xorContains(std::vector<int> const& x, std::vector<int> const& y, int val) {
    const long long nx = static_cast<long long>(x.size()), ny = static_cast<long long>(y.size());
    int inX = 0, inY = 0;
#pragma omp parallel
    {
#pragma omp for reduction(| : inX) nowait
        for (long long i = 0; i < nx; ++i) inX |= (x[i] == val);
#pragma omp for reduction(| : inY)
        for (long long i = 0; i < ny; ++i) inY |= (y[i] == val);
    }
    return (inX != 0) != (inY != 0);
}
