// expect: invalid
// Held-out: output[k] += X[k] (fails ParEval's second trial). Expected INVALID.
void fft(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &output) {
    const size_t n = x.size();
    for (size_t k = 0; k < n; ++k)
        for (size_t j = 0; j < n; ++j) output[k] += x[j] * std::polar(1.0, -2.0 * M_PI * double((j * k) % n) / double(n));
}
