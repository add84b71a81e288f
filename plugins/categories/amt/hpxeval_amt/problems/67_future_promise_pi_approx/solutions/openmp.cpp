PiEstimate estimatePi(std::uint64_t samples, std::uint64_t seed) {
    std::uint64_t inside = 0;
    const long long n = static_cast<long long>(samples);
#pragma omp parallel for reduction(+ : inside) schedule(static)
    for (long long i = 0; i < n; ++i) {
        double x = uniformAt(seed, 2 * i), y = uniformAt(seed, 2 * i + 1);
        if (x * x + y * y <= 1.0) ++inside;
    }
    return PiEstimate{inside, 4.0 * static_cast<double>(inside) / static_cast<double>(samples)};
}
