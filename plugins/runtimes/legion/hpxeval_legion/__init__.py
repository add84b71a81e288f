"""The `legion` runtime: samples run inside Legion's top-level task, with -ll:cpu = workers.

Headers and libraries come from an installation found by discovery.py (the `legate` wheel
bundles Legion and Realm); on machines without a CUDA driver the libraries load against the
stand-in of cuda_standin.c (see README.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attrs import evolve
from hpxeval.hookspecs import hookimpl
from hpxeval.process import trim_log
from hpxeval.records import Build, Health, Installation, Problem, Run, RunLimits, StrictCheck
from hpxeval.toolchain import CxxRuntime, optimisation

from . import discovery, standin
from .strict import strict_check

HERE = Path(__file__).parent
HARNESS = HERE / "legion_harness.hpp"
PROBLEMS = HERE / "problems"
LOGFILE = "realm.log"

INSTRUCTION = """Use Legion to compute in parallel: split the work into pieces, launch one Legion task per piece
with an index launch (Legion::IndexTaskLauncher over a Legion::Rect<1> domain) and combine the
pieces' results through futures: a Legion::FutureMap, or one Legion::Future that a built-in
reduction operator such as LEGION_REDOP_SUM_INT64 reduces. The function is called from inside
Legion's top-level task: get the runtime with Legion::Runtime::get_runtime() and the context
with Legion::Runtime::get_context(). Register your task variants on the first call:
runtime->generate_dynamic_task_id(), then a Legion::TaskVariantRegistrar(id, "name", false)
(global registration off, so a static task function is fine) with a LOC_PROC
ProcessorConstraint, then runtime->register_task_variant<...>(registrar). All tasks run in this
one process, so a task may read and write the function's arguments through pointers passed in
its task arguments. The number of CPU processors (Legion::Processor::LOC_PROC) is the worker
count."""


class LegionRuntime(CxxRuntime):
    name = "legion"
    oversubscribe = False  # race checks at more PEs/CPUs than cores are not supported here yet
    health_timeout = 120.0
    solutions = PROBLEMS
    description = "Legion tasks, index launches and futures; -ll:cpu = workers (e.g. the legate wheel's Legion)"
    harness_prelude = f'#include "{HARNESS}"\n'
    support_source = (HERE / "legion_support.cpp").read_text()
    sample_headers = ('#include "legion.h"',)

    def installations(self, options: dict[str, Any]) -> list[Installation]:
        found, self._notes = discovery.discover(options)
        return found

    def missing_message(self) -> str:
        looked = "; ".join(getattr(self, "_notes", [])) or "nothing found"
        return (
            "legion: no Legion installation found. Looked in [runtimes.legion] installations of the experiment "
            f"file, $LEGION_DIR, the legate package and /opt/legion/* ({looked}). Install the wheel that bundles "
            "Legion: pip install 'hpxeval-runtime-legion[legate]' (or pip install legate), or point LEGION_DIR "
            "at a Legion prefix (spack install legion); see docs/runtimes.md"
        )

    # -- flags -----------------------------------------------------------------------------
    def _standin(self, inst: Installation) -> list[Path]:
        return standin.library_dirs(bool(inst.details.get("cuda")))

    def compile_flags(self, installation: Installation) -> list[str]:
        return [optimisation(installation), "-std=c++17", "-pthread", f"-I{installation.details['include']}"]

    def link_flags(self, installation: Installation) -> list[str]:
        libdir = installation.details["libdir"]
        flags = [f"-L{libdir}", *(f"-l{lib}" for lib in installation.details["libraries"]), f"-Wl,-rpath,{libdir}"]
        flags += [f"-Wl,-rpath-link,{d}" for d in self._standin(installation)]
        # -rdynamic: task functions with external linkage become "portable" for global registration
        return [*flags, "-rdynamic", "-pthread", "-ldl"]

    run_writes_workdir = True  # Realm's log file (below) is written beside the binary

    def run_command(self, binary: Path, workers: int, installation: Installation) -> list[str]:
        # Realm buffers its log on stderr and loses it when Legion aborts on an API error; a log
        # file keeps it (run() adds it to the run's log).
        log = binary.parent / LOGFILE
        return [str(binary), "-ll:cpu", str(workers), "-ll:gpu", "0", "-ll:util", "1", "-logfile", str(log)]

    def run(self, build: Build, problem: Problem, workers: int, limits: RunLimits, installation: Installation) -> Run:
        """CxxRuntime.run, with Realm's log file added to the log of a run that did not pass."""
        log = build.binary.parent / LOGFILE
        log.unlink(missing_ok=True)
        result = super().run(build, problem, workers, limits, installation)
        if result.valid or not log.is_file():
            return result
        realm = trim_log(log.read_text(errors="replace"), 3000)
        return evolve(result, log=f"{result.log}\nRealm log:\n{realm}".strip())

    def run_env(self, workers: int, installation: Installation) -> dict[str, str]:
        dirs = self._standin(installation)
        return {"LD_LIBRARY_PATH": ":".join(map(str, dirs))} if dirs else {}

    def readable_paths(self, installation: Installation) -> list[Path]:
        return [*super().readable_paths(installation), HERE, *self._standin(installation)]

    def key_files(self) -> list[Path]:
        return [HARNESS]

    # -- health ----------------------------------------------------------------------------
    def health_source(self) -> str:
        return (
            f"{self.harness_prelude}{self.support_source}\n"
            "int main(int, char **) { hpxeval_runtime_setup(1); return 0; }\n"
        )

    def health(self, installation: Installation) -> Health:
        """The common health check; says when Realm runs on the CUDA stand-in (CPUs only)."""
        health = super().health(installation)
        if health.ok and self._standin(installation):
            return Health(True, f"{health.message} (CPU only, CUDA stand-in)")
        return health

    # -- prompts, strictness, references ---------------------------------------------------
    def instruction(self, problem: Problem) -> str:
        return INSTRUCTION

    def strict_check(self, code: str) -> StrictCheck:
        return strict_check(code)


@hookimpl
def register_runtimes(register):
    register(LegionRuntime())
