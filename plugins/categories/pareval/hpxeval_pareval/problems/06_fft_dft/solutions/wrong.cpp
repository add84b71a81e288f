void dft(std::vector<double> const& x, std::vector<std::complex<double>> &output) {
    const size_t n = x.size();
    const double pi = 3.14159265358979323846;
    std::vector<std::complex<double>> twiddle(n);
    for (size_t m = 0; m < n; ++m) twiddle[m] = std::polar(1.0, -2.0 * pi * double(m) / double(n));
    for (size_t k = 0; k < n; ++k) {
        std::complex<double> sum(0.0, 0.0);
        // Off by one: the last sample is left out of every sum.
        for (size_t j = 0; j + 1 < n; ++j) sum += x[j] * twiddle[(j * k) % n];
        output[k] = sum;
    }
}
