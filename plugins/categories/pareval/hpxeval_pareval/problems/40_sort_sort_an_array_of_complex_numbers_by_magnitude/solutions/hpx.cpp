void sortComplexByMagnitude(std::vector<std::complex<double>> &x) {
    auto byMagnitude = [](std::complex<double> const& a, std::complex<double> const& b) {
        return std::abs(a) < std::abs(b);
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::sort(hpx::execution::par, x.begin(), x.end(), byMagnitude);
#else
    hpx::parallel::sort(hpx::parallel::execution::par, x.begin(), x.end(), byMagnitude);
#endif
}
