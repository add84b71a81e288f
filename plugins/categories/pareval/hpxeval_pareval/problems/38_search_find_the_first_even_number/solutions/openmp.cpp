size_t findFirstEven(std::vector<int> const& x) {
    // The smallest index of an even value; x.size() when there is none.
    const long long n = static_cast<long long>(x.size());
    long long first = n;
#pragma omp parallel for reduction(min : first)
    for (long long i = 0; i < n; ++i)
        if (x[i] % 2 == 0 && i < first) first = i;
    return static_cast<size_t>(first);
}
