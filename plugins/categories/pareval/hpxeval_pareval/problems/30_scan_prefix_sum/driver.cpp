#include "hpxeval_driver.hpp"
#include "baseline.hpp"

void prefixSum(std::vector<double> const &x, std::vector<double> &output);

struct Context {
    std::vector<double> x;
    std::vector<double> output;
};

// Values of both signs in [-100, 100) (ParEval's range). Partial sums stay below ~1e4 in
// magnitude at the validation sizes, so the rounding differences between a sequential and a
// parallel summation order (~1e-12) are far below the tolerance.
static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(-100.0, 100.0);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto x = input(n, rng);
    return new Context{std::move(x), std::vector<double>(n, 0.0)};
}
void reset(Context *ctx) { std::fill(ctx->output.begin(), ctx->output.end(), 0.0); }
void compute(Context *ctx) { prefixSum(ctx->x, ctx->output); }
void best(Context *ctx) { baseline::prefixSum(ctx->x, ctx->output); }
void destroy(Context *ctx) { delete ctx; }

// ParEval compares every entry with an absolute tolerance of 1e-6; this accepts whatever that
// accepts (atol 1e-6) and, for large partial sums, a relative difference of rtol.
constexpr double parevalAtol = 1e-6;

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // exactly n (catches block-boundary bugs), a tiny input and one of random size up to n;
    // every element of the output is compared
    for (std::size_t size : {n, static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))}) {
        std::vector<double> x = input(size, rng);
        std::vector<double> want(size, 0.0), got(size, 0.0);
        baseline::prefixSum(x, want);
        prefixSum(x, got);
        if (!hpxeval::all_close(want, got, hpxeval::rtol, parevalAtol)) return false;
    }
    return true;
}
