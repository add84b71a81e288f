void ifft(std::vector<std::complex<double>> &x) {
    // ifft(x) = conj(fft(conj(x))) / n, using the provided forward transform.
    for (auto &v : x) v = std::conj(v);
    fft(x);
    const double scale = 1.0 / static_cast<double>(x.size());
    for (auto &v : x) v = std::conj(v) * scale;
}
