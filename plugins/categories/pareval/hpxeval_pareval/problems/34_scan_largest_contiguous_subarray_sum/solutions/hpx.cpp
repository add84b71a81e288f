namespace {
// Summary of a block: total sum, best prefix sum, best suffix sum and best subarray sum (all over
// non-empty ranges). Two adjacent blocks combine into the summary of their union.
struct Segment {
    long long total, prefix, suffix, best;
};

Segment combine(Segment const& a, Segment const& b) {
    return {a.total + b.total, std::max(a.prefix, a.total + b.prefix), std::max(b.suffix, b.total + a.suffix),
            std::max({a.best, b.best, a.suffix + b.prefix})};
}

Segment summarize(std::vector<int> const& x, std::size_t lo, std::size_t hi) {
    Segment s{x[lo], x[lo], x[lo], x[lo]};
    long long current = x[lo];
    for (std::size_t i = lo + 1; i < hi; ++i) {
        s.total += x[i];
        s.prefix = std::max(s.prefix, s.total);
        current = std::max<long long>(x[i], current + x[i]);
        s.best = std::max(s.best, current);
    }
    s.suffix = current;
    return s;
}
}  // namespace

int maximumSubarray(std::vector<int> const& x) {
    const std::size_t n = x.size();
    const std::size_t chunks = std::min<std::size_t>(n, std::max<std::size_t>(1, 4 * hpx::get_os_thread_count()));
    std::vector<hpx::future<Segment>> parts;
    parts.reserve(chunks);
    for (std::size_t c = 0; c < chunks; ++c) {
        const std::size_t lo = n * c / chunks, hi = n * (c + 1) / chunks;
        parts.push_back(hpx::async([&x, lo, hi]() { return summarize(x, lo, hi); }));
    }
    Segment all = parts[0].get();
    for (std::size_t c = 1; c < chunks; ++c) all = combine(all, parts[c].get());
    return static_cast<int>(all.best);
}
