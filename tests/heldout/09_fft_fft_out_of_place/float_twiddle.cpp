// expect: valid
// Held-out: recursive radix-2 FFT with single-precision twiddles (ParEval's 1e-4 accepts it). Expected VALID.
static void rec(std::vector<std::complex<double>> &a) {
    const size_t n = a.size();
    if (n < 2) return;
    std::vector<std::complex<double>> e(n / 2), o(n / 2);
    for (size_t k = 0; k < n / 2; ++k) { e[k] = a[2 * k]; o[k] = a[2 * k + 1]; }
    rec(e); rec(o);
    for (size_t k = 0; k < n / 2; ++k) {
        const float ang = -2.0f * 3.14159265f * float(k) / float(n);
        const std::complex<double> t = std::complex<double>(std::cos(ang), std::sin(ang)) * o[k];
        a[k] = e[k] + t; a[k + n / 2] = e[k] - t;
    }
}
void fft(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &output) {
    output = x;
    rec(output);
}
