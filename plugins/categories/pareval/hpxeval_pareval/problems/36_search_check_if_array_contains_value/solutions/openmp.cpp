bool contains(std::vector<int> const& x, int target) {
    const long long n = static_cast<long long>(x.size());
    int found = 0;
#pragma omp parallel for reduction(| : found)
    for (long long i = 0; i < n; ++i) found |= (x[i] == target);
    return found != 0;
}
