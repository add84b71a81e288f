#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

#include <memory>

void applyRowUpdates(LockedMatrix &m, std::vector<RowUpdate> const &updates);

// `count` updates of `width` entries each; a quarter of them go to a few hot rows, and the
// columns of one update come from a narrow window, so the same entries are hit again and again.
static std::vector<RowUpdate> random_updates(std::size_t count, std::size_t width, std::size_t rows,
                                             std::size_t cols, hpxeval::Rng &rng) {
    const long long last_row = static_cast<long long>(rows) - 1, last_col = static_cast<long long>(cols) - 1;
    std::size_t hot[4];
    for (auto &h : hot) h = static_cast<std::size_t>(rng.integer(0, last_row));
    std::vector<RowUpdate> updates(count);
    for (auto &u : updates) {
        u.row = rng.coin(0.25) ? hot[rng.integer(0, 3)] : static_cast<std::size_t>(rng.integer(0, last_row));
        const long long window = rng.integer(0, last_col);
        u.entries.resize(width);
        for (auto &e : u.entries) {
            e.col = static_cast<std::size_t>(std::min(last_col, window + rng.integer(0, 63)));
            e.value = rng.integer(-1000, 1000);
        }
    }
    return updates;
}

struct Context {
    std::unique_ptr<LockedMatrix> m;
    std::vector<RowUpdate> updates;
};

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto *ctx = new Context;
    ctx->m = std::make_unique<LockedMatrix>(1024, 1024);
    ctx->updates = random_updates(n, 24, 1024, 1024, rng);
    return ctx;
}
void reset(Context *ctx) {
    for (auto &e : ctx->m->entries) e.value = 0;
}
void compute(Context *ctx) { applyRowUpdates(*ctx->m, ctx->updates); }
void best(Context *ctx) { baseline::applyRowUpdates(*ctx->m, ctx->updates); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    // A tiny batch on a tiny matrix, then a large batch; the matrix starts with values to keep.
    for (int k = 0; k < 2; ++k) {
        const std::size_t rows = static_cast<std::size_t>(rng.integer(1, k == 0 ? 3 : 64));
        const std::size_t cols = static_cast<std::size_t>(rng.integer(1, k == 0 ? 3 : 64));
        const std::size_t count = static_cast<std::size_t>(rng.integer(1, k == 0 ? 4 : static_cast<long long>(n)));
        const std::size_t width = static_cast<std::size_t>(rng.integer(1, 8));
        std::vector<RowUpdate> updates = random_updates(count, width, rows, cols, rng);
        LockedMatrix want(rows, cols), got(rows, cols);
        for (std::size_t i = 0; i < want.entries.size(); ++i)
            want.entries[i].value = got.entries[i].value = rng.integer(-50, 50);
        baseline::applyRowUpdates(want, updates);
        applyRowUpdates(got, updates);
        for (std::size_t i = 0; i < want.entries.size(); ++i)
            if (got.entries[i].value != want.entries[i].value) return false;
    }
    return true;
}
