// hpxeval support for Charm++: the worker count is the number of PEs (+pN); a run whose
// job does not have exactly that many is stopped before any timing.
#include "charm++.h"

#include <cstdio>

void hpxeval_runtime_setup(int workers) {
    if (CkNumPes() != workers) {
        std::fprintf(stderr, "hpxeval: Charm++ runs %d PEs but %d workers were asked for\n", CkNumPes(), workers);
        CkExit(3);
    }
}
