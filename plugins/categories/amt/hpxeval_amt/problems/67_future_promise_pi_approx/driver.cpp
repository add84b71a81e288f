#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

PiEstimate estimatePi(std::uint64_t samples, std::uint64_t seed);

struct Context {
    std::uint64_t samples, seed;
    PiEstimate result;
};

Context *init(std::size_t n, std::uint64_t seed) { return new Context{n, hpxeval::mix64(seed), {}}; }
void reset(Context *ctx) { ctx->result = PiEstimate{}; }
void compute(Context *ctx) { ctx->result = estimatePi(ctx->samples, ctx->seed); }
void best(Context *ctx) { ctx->result = baseline::estimatePi(ctx->samples, ctx->seed); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A few samples, then many; the stream seed changes every time.
    for (long long most : {16LL, static_cast<long long>(n)}) {
        const std::uint64_t samples = static_cast<std::uint64_t>(rng.integer(1, most));
        const std::uint64_t stream = rng.next();
        const PiEstimate want = baseline::estimatePi(samples, stream);
        const PiEstimate got = estimatePi(samples, stream);
        if (got.inside != want.inside || !hpxeval::close(got.pi, want.pi)) return false;
    }
    return true;
}
