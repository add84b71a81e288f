#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void sortComplexByMagnitude(std::vector<std::complex<double>> &x);

struct Context {
    std::vector<std::complex<double>> original;
    std::vector<std::complex<double>> x;
};

static std::vector<std::complex<double>> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<std::complex<double>> x(n);
    for (auto &v : x) v = {rng.uniform(-100.0, 100.0), rng.uniform(-100.0, 100.0)};
    return x;
}

// The description promises distinct magnitudes. Validation inputs keep neighbouring magnitudes
// well apart (relative gap > 1e-9), so comparing |z| or |z|^2, computed any way, gives the same
// order and the sorted vector is unique. Entries are compared like ParEval does: |got - want|
// <= 1e-6 (an answer that only moves the numbers matches exactly).
static bool separated(std::vector<std::complex<double>> const &sorted) {
    for (std::size_t i = 1; i < sorted.size(); ++i)
        if (std::abs(sorted[i]) - std::abs(sorted[i - 1]) <= 1e-9 * std::abs(sorted[i])) return false;
    return true;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, rng);
    return new Context{x, x};
}
void reset(Context *ctx) { std::copy(ctx->original.begin(), ctx->original.end(), ctx->x.begin()); }
void compute(Context *ctx) { sortComplexByMagnitude(ctx->x); }
void best(Context *ctx) { baseline::sortComplexByMagnitude(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // exactly n (catches block-boundary bugs), a tiny input and one of random size up to n
    for (std::size_t size : {n, static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))}) {
        std::vector<std::complex<double>> x, want;
        do {
            x = input(size, rng);
            want = x;
            baseline::sortComplexByMagnitude(want);
        } while (!separated(want));
        sortComplexByMagnitude(x);
        if (x.size() != want.size()) return false;
        for (std::size_t i = 0; i < want.size(); ++i)
            if (!(std::abs(x[i] - want[i]) <= 1e-6)) return false;
    }
    return true;
}
