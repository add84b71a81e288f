void ifft(std::vector<std::complex<double>> &x) {
    for (auto &v : x) v = 0.0;
}
