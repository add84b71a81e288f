void mapPowersOfTwo(std::vector<int> const& x, std::vector<bool> &mask) {
    // std::vector<bool> packs its values into words, so each task takes a block of whole
    // 64-bit words (block boundaries are multiples of 64): no two tasks write the same word.
    std::size_t const n = x.size();
    std::size_t const words = (n + 63) / 64;
    std::size_t const tasks = std::min<std::size_t>(std::max<std::size_t>(1, words),
                                                    4 * std::max<std::size_t>(1, hpx::get_num_worker_threads()));
    std::vector<hpx::future<void>> parts;
    for (std::size_t t = 0; t < tasks; ++t) {
        std::size_t const lo = std::min(n, 64 * (words * t / tasks));
        std::size_t const hi = std::min(n, 64 * (words * (t + 1) / tasks));
        parts.push_back(hpx::async([&x, &mask, lo, hi] {
            for (std::size_t i = lo; i < hi; ++i) mask[i] = isPowerOfTwo(x[i]);
        }));
    }
    hpx::wait_all(parts);
}
