"""The `openmp` runtime: C++ with OpenMP (g++ -fopenmp, libgomp), threads = workers."""

import re

from hpxeval.cxxsource import live
from hpxeval.hookspecs import hookimpl
from hpxeval.records import Installation, Problem, StrictCheck
from hpxeval.toolchain import CxxRuntime

_CONSTRUCTS = {
    "parallel_for": re.compile(r"#\s*pragma\s+omp\s+(parallel\s+)?for\b"),
    "parallel": re.compile(r"#\s*pragma\s+omp\s+parallel\b"),
    "reduction": re.compile(r"#\s*pragma\s+omp\b[^\n]*\breduction\s*\("),
    "task": re.compile(r"#\s*pragma\s+omp\s+(task|taskloop|taskwait)\b"),
    "simd": re.compile(r"#\s*pragma\s+omp\b[^\n]*\bsimd\b"),
    "sync": re.compile(
        r"#\s*pragma\s+omp\s+(critical|atomic|barrier|single|master)\b|\bomp_(set|unset|init)_lock\s*\("
    ),
    "api": re.compile(r"\bomp_\w+\s*\("),
}


class OpenMPRuntime(CxxRuntime):
    name = "openmp"
    description = "C++ with OpenMP (g++ -fopenmp); OMP_NUM_THREADS = workers"
    support_source = "#include <omp.h>\nvoid hpxeval_runtime_setup(int workers) { omp_set_num_threads(workers); }\n"
    sample_headers = ("#include <omp.h>",)

    def compile_flags(self, installation: Installation) -> list[str]:
        return [*super().compile_flags(installation), "-fopenmp"]

    def run_env(self, workers: int, installation: Installation) -> dict[str, str]:
        return {"OMP_NUM_THREADS": str(workers)}

    def instruction(self, problem: Problem) -> str:
        return "Use OpenMP to compute in parallel."

    def strict_check(self, code: str) -> StrictCheck:
        visible = live(code)
        found = tuple(name for name, rx in _CONSTRUCTS.items() if rx.search(visible))
        return StrictCheck(bool(found), found)


@hookimpl
def register_runtimes(register):
    register(OpenMPRuntime())
