void dft(std::vector<double> const& x, std::vector<std::complex<double>> &output) {
    const size_t n = x.size();
    const double pi = 3.14159265358979323846;
    std::vector<double> wr(n), wi(n);  // twiddles e^{-2 pi i m/n}
    auto twiddle = [&](size_t m) {
        wr[m] = std::cos(-2.0 * pi * double(m) / double(n));
        wi[m] = std::sin(-2.0 * pi * double(m) / double(n));
    };
    // Every output value is independent.
    auto entry = [&](size_t k) {
        double re = 0.0, im = 0.0;
        size_t m = 0;  // (j * k) mod n
        for (size_t j = 0; j < n; ++j) {
            re += x[j] * wr[m];
            im += x[j] * wi[m];
            m += k;
            if (m >= n) m -= n;
        }
        output[k] = {re, im};
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, n, twiddle);
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, n, entry);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, n, twiddle);
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, n, entry);
#endif
}
