#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

// The kernel's one definition. Weak, so that an answer that defines edgeKernel itself (with the
// same values) links too: its definition is then the one used.
__attribute__((weak)) extern const int edgeKernel[3][3] = {{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}};

void convolveKernel(std::vector<int> const &imageIn, std::vector<int> &imageOut, size_t N);

struct Context {
    std::size_t N;
    std::vector<int> input, output;
};

// A smooth gradient plus noise of varying strength, so that the filtered values fall below 0,
// inside 0..255 and above 255.
static std::vector<int> image(std::size_t N, hpxeval::Rng &rng) {
    std::vector<int> g(N * N);
    long long const noise = rng.integer(5, 120);
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = 0; j < N; ++j) {
            long long v = static_cast<long long>((i + 2 * j) % 256) + rng.integer(-noise, noise);
            g[i * N + j] = static_cast<int>(v < 0 ? 0 : (v > 255 ? 255 : v));
        }
    return g;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    return new Context{n, image(n, rng), std::vector<int>(n * n, 0)};
}
void reset(Context *ctx) { std::fill(ctx->output.begin(), ctx->output.end(), 0); }
void compute(Context *ctx) { convolveKernel(ctx->input, ctx->output, ctx->N); }
void best(Context *ctx) { baseline::convolveKernel(ctx->input, ctx->output, ctx->N); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // a tiny, a random-size and a full-size image; the sample's output starts out zeroed, as a
    // freshly sized vector (and ParEval's driver) hands it over; every cell is checked, borders included
    for (std::size_t N : {static_cast<std::size_t>(rng.integer(1, 4)),
                          static_cast<std::size_t>(rng.integer(1, static_cast<long long>(n))), n}) {
        std::vector<int> input = image(N, rng);
        std::vector<int> want(N * N, 0), got(N * N, 0);
        baseline::convolveKernel(input, want, N);
        convolveKernel(input, got, N);
        if (want != got) return false;
    }
    return true;
}
