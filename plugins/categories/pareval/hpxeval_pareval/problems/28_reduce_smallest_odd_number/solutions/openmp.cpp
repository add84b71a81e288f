int smallestOdd(std::vector<int> const& x) {
    int best = std::numeric_limits<int>::max();
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for reduction(min : best)
    for (long long i = 0; i < n; ++i)
        if (x[i] % 2 != 0 && x[i] < best) best = x[i];
    return best;
}
