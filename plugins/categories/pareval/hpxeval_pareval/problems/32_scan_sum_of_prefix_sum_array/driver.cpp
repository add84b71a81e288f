#include "hpxeval_driver.hpp"
#include "baseline.hpp"

double sumOfPrefixSum(std::vector<double> const &x);

struct Context {
    std::vector<double> x;
    double result;
};

// Values of both signs in [-100, 100) (ParEval's range): dropping or misplacing a single value
// changes the result by far more than the tolerance; at the validation sizes the result stays
// below ~1e8 in magnitude, so any summation order agrees to ~1e-8.
static std::vector<double> input(std::size_t n, hpxeval::Rng &rng) {
    std::vector<double> x(n);
    for (auto &v : x) v = rng.uniform(-100.0, 100.0);
    return x;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{input(n, rng), 0.0};
}
void reset(Context *ctx) { ctx->result = 0.0; }
void compute(Context *ctx) { ctx->result = sumOfPrefixSum(ctx->x); }
void best(Context *ctx) { ctx->result = baseline::sumOfPrefixSum(ctx->x); }
void destroy(Context *ctx) { delete ctx; }

// ParEval accepts an absolute difference of 1e-5; this accepts that and, for large results, a
// relative difference of rtol.
constexpr double parevalAtol = 1e-5;

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // exactly n (catches block-boundary bugs), a tiny input and one of random size up to n
    for (std::size_t size : {n, static_cast<std::size_t>(1 + rng.integer(0, 15)),
                             static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n)))}) {
        std::vector<double> x = input(size, rng);
        if (!hpxeval::close(baseline::sumOfPrefixSum(x), sumOfPrefixSum(x), hpxeval::rtol, parevalAtol))
            return false;
    }
    return true;
}
