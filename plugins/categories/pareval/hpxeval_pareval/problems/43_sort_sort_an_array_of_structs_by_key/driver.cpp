#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

void sortByStartTime(std::vector<Result> &results);

struct Context {
    std::vector<Result> original;
    std::vector<Result> results;
};

// Distinct start times (as the description promises), so the sorted order is unique and
// stability never matters: start times are increasing with random gaps, then shuffled.
static std::vector<Result> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<Result> r(n);
    int start = static_cast<int>(rng.integer(-1000, 1000));
    for (auto &e : r) {
        e.startTime = start;
        start += static_cast<int>(rng.integer(1, 100));  // below INT_MAX for n up to 20 million
        e.duration = static_cast<int>(rng.integer(1, 1000));
        e.value = static_cast<float>(rng.uniform(-100.0, 100.0));
    }
    for (std::size_t i = n; i > 1; --i) std::swap(r[i - 1], r[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(i) - 1))]);
    return r;
}

static bool same(std::vector<Result> const &a, std::vector<Result> const &b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].startTime != b[i].startTime || a[i].duration != b[i].duration || a[i].value != b[i].value)
            return false;
    return true;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto r = input(n, rng);
    return new Context{r, r};
}
void reset(Context *ctx) { std::copy(ctx->original.begin(), ctx->original.end(), ctx->results.begin()); }
void compute(Context *ctx) { sortByStartTime(ctx->results); }
void best(Context *ctx) { baseline::sortByStartTime(ctx->results); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // exactly n (catches block-boundary bugs), a tiny input and one of random size up to n;
    // every field is compared exactly
    for (std::size_t size : {n, static_cast<std::size_t>(2 + rng.integer(0, 14)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))}) {
        std::vector<Result> want = input(size, rng);
        std::vector<Result> got = want;
        baseline::sortByStartTime(want);
        sortByStartTime(got);
        if (!same(want, got)) return false;
    }
    return true;
}
