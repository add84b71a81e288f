#include "hpxeval_driver.hpp"
#include "scaffold.hpp"
#include "baseline.hpp"

#include <string>

size_t findLastShortBook(std::vector<Book> const &books);

struct Context {
    std::vector<Book> books;
    std::size_t result;
};

// Titles are short (no heap allocation); page counts are in [100, 999] (ParEval: up to 999), with
// exactly 100 common so that a "<= 100" test is caught. Short books (< 100 pages) are placed by
// the callers; every input has at least one (the description promises it, and ParEval's inputs
// always have one, so what an answer returns when there is none is never judged).
static std::vector<Book> longBooks(std::size_t n, hpxeval::Rng &rng) {
    std::vector<Book> books(n);
    for (std::size_t i = 0; i < n; ++i) {
        books[i].title = "vol " + std::to_string(rng.integer(0, 99999));
        books[i].pages = rng.coin(0.1) ? 100 : static_cast<int>(rng.integer(100, 999));
    }
    return books;
}

static int shortPages(hpxeval::Rng &rng) { return static_cast<int>(rng.integer(1, 99)); }

Context *init(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    auto books = longBooks(n, rng);
    // One short book in the first 1%: a search from the end must look at almost every book.
    books[static_cast<std::size_t>(rng.integer(0, static_cast<long long>(n / 100)))].pages = shortPages(rng);
    return new Context{std::move(books), 0};
}
void reset(Context *ctx) { ctx->result = 0; }
void compute(Context *ctx) { ctx->result = findLastShortBook(ctx->books); }
void best(Context *ctx) { ctx->result = baseline::findLastShortBook(ctx->books); }
void destroy(Context *ctx) { delete ctx; }

bool validate(std::size_t n, std::uint64_t seed) {
    hpxeval::Rng rng(seed);
    const auto full = [&] { return static_cast<std::size_t>(1 + rng.integer(0, static_cast<long long>(n))); };
    const auto tiny = [&] { return static_cast<std::size_t>(1 + rng.integer(0, 15)); };
    // Each trial checks: short books scattered with a random density (exactly n books, and a
    // tiny input), a single short book at a random place (in the first tenth of exactly n books,
    // and anywhere), and a short book at the first and at the last index. Any constant index
    // fails one of these.
    enum Kind { Scattered, Early, Single, First, Last };
    struct Case { std::size_t size; Kind kind; };
    const Case cases[] = {{n, Scattered},     {tiny(), Scattered}, {n, Early},   {full(), Single},
                          {full(), First},    {full(), Last},      {1, Last}};
    for (const Case &c : cases) {
        std::vector<Book> books = longBooks(c.size, rng);
        const long long last = static_cast<long long>(c.size) - 1;
        switch (c.kind) {
        case Scattered: {
            const double density = rng.uniform(0.001, 0.2);
            for (auto &b : books)
                if (rng.coin(density)) b.pages = shortPages(rng);
            books[rng.integer(0, last)].pages = shortPages(rng);  // at least one
            break;
        }
        case Early: books[rng.integer(0, last / 10)].pages = shortPages(rng); break;
        case Single: books[rng.integer(0, last)].pages = shortPages(rng); break;
        case First: books[0].pages = shortPages(rng); break;
        case Last: books[last].pages = shortPages(rng); break;
        }
        if (baseline::findLastShortBook(books) != findLastShortBook(books)) return false;
    }
    return true;
}
