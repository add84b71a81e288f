#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

#include <memory>

void byteHistogram(std::vector<unsigned char> const &data, SharedHistogram &hist);

struct Context {
    std::vector<unsigned char> data;
    std::unique_ptr<SharedHistogram> hist;
};

// Skewed bytes: half of them come from 16 "hot" values, so a few bins see most of the traffic.
static std::vector<unsigned char> random_bytes(std::size_t n, hpxeval::Rng &rng) {
    unsigned char hot[16];
    for (auto &h : hot) h = static_cast<unsigned char>(rng.integer(0, 255));
    std::vector<unsigned char> data(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t r = rng.next();
        data[i] = (r & 1) ? hot[(r >> 1) & 15] : static_cast<unsigned char>(r >> 40);
    }
    return data;
}

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto *ctx = new Context;
    ctx->data = random_bytes(n, rng);
    ctx->hist = std::make_unique<SharedHistogram>();
    return ctx;
}
void reset(Context *ctx) { ctx->hist->counts.fill(0); }
void compute(Context *ctx) { byteHistogram(ctx->data, *ctx->hist); }
void best(Context *ctx) { baseline::byteHistogram(ctx->data, *ctx->hist); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny input and a large one; the histogram starts with counts that must be kept.
    for (std::size_t size : {static_cast<std::size_t>(rng.integer(1, 16)),
                             static_cast<std::size_t>(rng.integer(1, static_cast<long long>(n)))}) {
        std::vector<unsigned char> data = random_bytes(size, rng);
        auto expected = std::make_unique<SharedHistogram>();
        auto got = std::make_unique<SharedHistogram>();
        for (std::size_t b = 0; b < 256; ++b)
            expected->counts[b] = got->counts[b] = static_cast<std::size_t>(rng.integer(0, 1000));
        baseline::byteHistogram(data, *expected);
        byteHistogram(data, *got);
        if (got->counts != expected->counts) return false;
    }
    return true;
}
