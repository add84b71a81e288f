#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void sortIgnoreZero(std::vector<int> &x);

struct Context {
    std::vector<int> original;
    std::vector<int> x;
};

// Values in [-span, span] with the given share of zeros (non-zero values never come out as 0).
static std::vector<int> input(std::size_t n, long long span, double zeros, hpxeval::Rng &rng) {
    std::vector<int> x(n);
    for (auto &v : x) {
        if (rng.coin(zeros)) {
            v = 0;
        } else {
            v = static_cast<int>(rng.integer(-span, span - 1));
            if (v == 0) v = static_cast<int>(span);
        }
    }
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, 1000000000, 0.25, rng);
    return new Context{x, x};
}
void reset(Context *ctx) { std::copy(ctx->original.begin(), ctx->original.end(), ctx->x.begin()); }
void compute(Context *ctx) { sortIgnoreZero(ctx->x); }
void best(Context *ctx) { baseline::sortIgnoreZero(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // Tiny and large inputs with a random share of zeros (ParEval's inputs are 80% zeros), wide
    // values and narrow values (many repeats, both signs); a plain sort moves the zeros and
    // fails. Two inputs have exactly n values (catches block-boundary bugs).
    struct Case { std::size_t size; long long span; };
    const Case cases[] = {{n, 1000000000},
                          {static_cast<std::size_t>(2 + rng.integer(0, 14)), 1000000000},
                          {static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))), 1000000000},
                          {n, 20}};
    for (const Case &c : cases) {
        std::vector<int> want = input(c.size, c.span, rng.uniform(0.05, 0.85), rng);
        std::vector<int> got = want;
        baseline::sortIgnoreZero(want);
        sortIgnoreZero(got);
        if (want != got) return false;
    }
    return true;
}
