void dft(std::vector<double> const& x, std::vector<std::complex<double>> &output) {
    const long long n = static_cast<long long>(x.size());
    const double pi = 3.14159265358979323846;
    std::vector<double> wr(n), wi(n);  // twiddles e^{-2 pi i m/n}
#pragma omp parallel for schedule(static)
    for (long long m = 0; m < n; ++m) {
        wr[m] = std::cos(-2.0 * pi * double(m) / double(n));
        wi[m] = std::sin(-2.0 * pi * double(m) / double(n));
    }
    // Every output value is independent.
#pragma omp parallel for schedule(static)
    for (long long k = 0; k < n; ++k) {
        double re = 0.0, im = 0.0;
        long long m = 0;  // (j * k) mod n
        for (long long j = 0; j < n; ++j) {
            re += x[j] * wr[m];
            im += x[j] * wi[m];
            m += k;
            if (m >= n) m -= n;
        }
        output[k] = {re, im};
    }
}
