// hpxeval support for Legion: the worker count is the number of CPU processors (-ll:cpu N);
// a run whose machine does not have exactly that many is stopped before any timing.
#include "legion.h"

#include <cstdio>
#include <cstdlib>

void hpxeval_runtime_setup(int workers) {
    Legion::Machine::ProcessorQuery cpus(Legion::Machine::get_machine());
    cpus.only_kind(Legion::Processor::LOC_PROC);
    if (static_cast<int>(cpus.count()) != workers) {
        std::fprintf(stderr, "hpxeval: Legion has %zu CPU processors but %d workers were asked for\n", cpus.count(),
                     workers);
        std::exit(3);
    }
}
