// expect: valid
// Held-out: twiddles in single precision, sums in double (ParEval's 1e-4 accepts it). Expected VALID.
void dft(std::vector<double> const& x, std::vector<std::complex<double>> &output) {
    const size_t n = x.size();
    for (size_t k = 0; k < n; ++k) {
        std::complex<double> s = 0.0;
        for (size_t j = 0; j < n; ++j) {
            const float a = -2.0f * 3.14159265f * float((j * k) % n) / float(n);
            s += x[j] * std::complex<double>(std::cos(a), std::sin(a));
        }
        output[k] = s;
    }
}
