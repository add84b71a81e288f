// Recursive radix-2 transform (n a power of two): sign = -1 forward, +1 unnormalised inverse.
static void recursiveTransform(std::vector<std::complex<double>> &a, double sign) {
    const size_t n = a.size();
    if (n < 2) return;
    std::vector<std::complex<double>> even(n / 2), odd(n / 2);
    for (size_t k = 0; k < n / 2; ++k) {
        even[k] = a[2 * k];
        odd[k] = a[2 * k + 1];
    }
    recursiveTransform(even, sign);
    recursiveTransform(odd, sign);
    const double pi = 3.14159265358979323846;
    for (size_t k = 0; k < n / 2; ++k) {
        const std::complex<double> t = std::polar(1.0, sign * 2.0 * pi * double(k) / double(n)) * odd[k];
        a[k] = even[k] + t;
        a[k + n / 2] = even[k] - t;
    }
}

void fft(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &output) {
    output = x;
    recursiveTransform(output, -1.0);
}
