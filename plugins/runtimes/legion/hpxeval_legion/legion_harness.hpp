// hpxeval harness glue for Legion, included before core/cxx/hpxeval_harness.cpp.
//
// main() starts the Legion runtime; its top-level task runs the harness (validation trials,
// timed repetitions, results over the result pipe with the per-run secret). The sample's
// function is therefore called from inside a Legion task: it may register task variants,
// launch tasks and index launches and wait on futures. The harness's own main() is renamed
// hpxeval_harness_main() by the #define at the end.
#pragma once
#include "legion.h"

#include <vector>

int hpxeval_harness_main(int argc, char **argv);

namespace hpxeval_legion {

inline int saved_argc = 0;
inline char **saved_argv = nullptr;
inline int harness_status = 0;

inline void top_level(const Legion::Task *, const std::vector<Legion::PhysicalRegion> &, Legion::Context,
                      Legion::Runtime *) {
    harness_status = hpxeval_harness_main(saved_argc, saved_argv);
}

}  // namespace hpxeval_legion

int main(int argc, char **argv) {
    hpxeval_legion::saved_argc = argc;
    hpxeval_legion::saved_argv = argv;
    // A statically generated id never clashes with the small ids a sample may choose itself.
    Legion::TaskID const top = Legion::Runtime::generate_static_task_id();
    Legion::Runtime::set_top_level_task_id(top);
    Legion::TaskVariantRegistrar registrar(top, "hpxeval_top_level");
    registrar.add_constraint(Legion::ProcessorConstraint(Legion::Processor::LOC_PROC));
    Legion::Runtime::preregister_task_variant<hpxeval_legion::top_level>(registrar, "hpxeval_top_level");
    int const status = Legion::Runtime::start(argc, argv);
    return status != 0 ? status : hpxeval_legion::harness_status;
}

#define main hpxeval_harness_main
