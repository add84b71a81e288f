// hpxeval harness main: validates the sample against the serial baseline on random inputs,
// then times the sample and the baseline. One process = one worker count.
//
// Parameters arrive as one line on standard input, never on the command line, so that a runtime's
// own options (e.g. --hpx:threads) are untouched and the per-run secret is never visible to the
// sample: "<secret> <validation_size> <validation_trials> <timed_size> <repetitions> <seed> <workers> <rtol>
// <result_fd>".
// Standard input is closed before any driver or sample code runs. Every result line carries the
// secret, so a sample that prints a look-alike line cannot forge a verdict.
#include "hpxeval_driver.hpp"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

// Defined by each runtime's support file (e.g. sets the OpenMP thread count).
void hpxeval_runtime_setup(int workers);

double hpxeval::rtol = 1e-6;

namespace {

char secret[80];
FILE *results = nullptr;

void report(const char *key, const std::string &value) {
    std::fprintf(results, "@hpxeval %s %s %s\n", secret, key, value.c_str());
    std::fflush(results);
}

std::string fmt(double seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", seconds);
    return buf;
}

double seconds_of(void (*fn)(Context *), Context *ctx) {
    reset(ctx);
    auto start = std::chrono::steady_clock::now();
    fn(ctx);
    auto stop = std::chrono::steady_clock::now();
    return std::chrono::duration<double>(stop - start).count();
}

}  // namespace

int main(int, char **) {
    unsigned long long vsize = 0, trials = 0, tsize = 0, reps = 0, seed = 0;
    int workers = 1, result_fd = 1;
    if (std::scanf("%79s %llu %llu %llu %llu %llu %d %lf %d", secret, &vsize, &trials, &tsize, &reps,
                   &seed, &workers, &hpxeval::rtol, &result_fd) != 9) {
        std::fprintf(stderr, "hpxeval harness: malformed parameter line on stdin\n");
        return 2;
    }
    std::fclose(stdin);
    // Results go through a private duplicate of the caller's result pipe (or of stdout): a
    // sample that floods, closes or redirects fd 1 loses its own prints, not the harness's.
    results = fdopen(dup(result_fd), "w");
    if (result_fd > 2) close(result_fd);
    if (results == nullptr) return 2;
    hpxeval_runtime_setup(workers);
    report("start", std::to_string(workers));

    unsigned long long passed = 0;
    auto validation_start = std::chrono::steady_clock::now();
    for (unsigned long long t = 0; t < trials; ++t)
        if (validate(vsize, hpxeval::mix64(seed + 7919 * (t + 1)))) ++passed;
    std::chrono::duration<double> validation_time = std::chrono::steady_clock::now() - validation_start;
    report("validation_seconds", fmt(validation_time.count()));
    report("validation", std::to_string(passed) + "/" + std::to_string(trials));
    if (passed != trials) {
        report("done", "invalid");
        return 0;
    }
    if (reps > 0) {
        Context *ctx = init(tsize, seed);
        for (unsigned long long r = 0; r < reps; ++r) report("time", fmt(seconds_of(compute, ctx)));
        for (unsigned long long r = 0; r < reps; ++r) report("baseline", fmt(seconds_of(best, ctx)));
        destroy(ctx);
    }
    report("done", "valid");
    return 0;
}
