// Runs body(i) for i in [0, n) in parallel (HPX for_loop; the namespace differs by version).
template <typename F>
static void parallelFor(std::size_t n, F &&body) {
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, std::size_t{0}, n, body);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, std::size_t{0}, n, body);
#endif
}

// Parallel iterative radix-2 transform in place (n a power of two): sign = -1 forward,
// sign = +1 unnormalised inverse. Every stage's n/2 butterflies are independent.
static void parallelTransform(std::vector<std::complex<double>> &a, double sign) {
    const std::size_t n = a.size();
    if (n < 2) return;
    int logn = 0;
    while ((std::size_t{1} << logn) < n) ++logn;
    parallelFor(n, [&a, logn](std::size_t i) {
        std::size_t r = 0;
        for (int b = 0; b < logn; ++b) r |= ((i >> b) & 1u) << (logn - 1 - b);
        if (i < r) std::swap(a[i], a[r]);
    });
    const double pi = 3.14159265358979323846;
    std::vector<double> wr(n / 2), wi(n / 2);
    parallelFor(n / 2, [&, sign, n](std::size_t k) {
        const double angle = sign * 2.0 * pi * static_cast<double>(k) / static_cast<double>(n);
        wr[k] = std::cos(angle);
        wi[k] = std::sin(angle);
    });
    for (int s = 1; s <= logn; ++s) {
        const std::size_t half = std::size_t{1} << (s - 1), stride = n >> s;
        parallelFor(n / 2, [&, s, half, stride](std::size_t b) {
            const std::size_t j = b & (half - 1);
            const std::size_t i1 = ((b >> (s - 1)) << s) + j, i2 = i1 + half;
            const std::complex<double> u = a[i1], v = a[i2];
            const double c = wr[j * stride], sn = wi[j * stride];
            const std::complex<double> t(v.real() * c - v.imag() * sn, v.real() * sn + v.imag() * c);
            a[i1] = u + t;
            a[i2] = u - t;
        });
    }
}

void fft(std::vector<std::complex<double>> const& x, std::vector<double> &r, std::vector<double> &i) {
    std::vector<std::complex<double>> a(x);
    parallelTransform(a, -1.0);
    parallelFor(a.size(), [&](std::size_t k) {
        r[k] = a[k].real();
        i[k] = a[k].imag();
    });
}
