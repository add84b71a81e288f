void mapPowersOfTwo(std::vector<int> const& x, std::vector<bool> &mask) {
    // std::vector<bool> packs its values into words, so two threads must never write the same
    // word: static chunks of 64 elements start at multiples of 64 and each fill whole words.
    const long long n = static_cast<long long>(x.size());
#pragma omp parallel for schedule(static, 64)
    for (long long i = 0; i < n; ++i) mask[i] = isPowerOfTwo(x[i]);
}
