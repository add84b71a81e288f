// Parallel iterative radix-2 transform in place (n a power of two): sign = -1 forward,
// sign = +1 unnormalised inverse. Every stage's n/2 butterflies are independent.
static void parallelTransform(std::vector<std::complex<double>> &a, double sign) {
    const long long n = static_cast<long long>(a.size());
    if (n < 2) return;
    int logn = 0;
    while ((1LL << logn) < n) ++logn;
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) {
        long long r = 0;
        for (int b = 0; b < logn; ++b) r |= ((i >> b) & 1LL) << (logn - 1 - b);
        if (i < r) std::swap(a[i], a[r]);
    }
    const double pi = 3.14159265358979323846;
    std::vector<double> wr(n / 2), wi(n / 2);
#pragma omp parallel for schedule(static)
    for (long long k = 0; k < n / 2; ++k) {
        const double angle = sign * 2.0 * pi * static_cast<double>(k) / static_cast<double>(n);
        wr[k] = std::cos(angle);
        wi[k] = std::sin(angle);
    }
    for (int s = 1; s <= logn; ++s) {
        const long long half = 1LL << (s - 1), stride = n >> s;
#pragma omp parallel for schedule(static)
        for (long long b = 0; b < n / 2; ++b) {
            const long long j = b & (half - 1);
            const long long i1 = ((b >> (s - 1)) << s) + j, i2 = i1 + half;
            const std::complex<double> u = a[i1], v = a[i2];
            const double c = wr[j * stride], sn = wi[j * stride];
            const std::complex<double> t(v.real() * c - v.imag() * sn, v.real() * sn + v.imag() * c);
            a[i1] = u + t;
            a[i2] = u - t;
        }
    }
}

void fftConjugate(std::vector<std::complex<double>> &x) {
    parallelTransform(x, -1.0);
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for schedule(static)
    for (long long i = 0; i < n; ++i) x[i] = std::conj(x[i]);
}
