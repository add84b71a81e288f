void axpy(double alpha, std::vector<double> const& x, std::vector<double> const& y, std::vector<double> &z) {
    auto op = [alpha](double xi, double yi) { return alpha * xi + yi; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::transform(hpx::execution::par, x.begin(), x.end(), y.begin(), z.begin(), op);
#else
    hpx::parallel::transform(hpx::parallel::execution::par, x.begin(), x.end(), y.begin(), z.begin(), op);
#endif
}
