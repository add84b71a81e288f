"""The `legion` runtime: samples run inside Legion's top-level task, with -ll:cpu = workers.

Headers and libraries come from an installation found by discovery.py (the `legate` wheel
bundles Legion and Realm); on machines without a CUDA driver the libraries load against the
stand-in of cuda_standin.c (see README.md).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

from attrs import evolve
from hpxeval.hookspecs import hookimpl
from hpxeval.process import run_limited, trim_log
from hpxeval.records import Build, Health, Installation, Problem, Run, RunLimits, StrictCheck
from hpxeval.toolchain import CxxRuntime, cache_dir

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
        return ["-O2", "-std=c++17", "-pthread", f"-I{installation.details['include']}"]

    def link_flags(self, installation: Installation) -> list[str]:
        libdir = installation.details["libdir"]
        flags = [f"-L{libdir}", *(f"-l{lib}" for lib in installation.details["libraries"]), f"-Wl,-rpath,{libdir}"]
        flags += [f"-Wl,-rpath-link,{d}" for d in self._standin(installation)]
        # -rdynamic: task functions with external linkage become "portable" for global registration
        return [*flags, "-rdynamic", "-pthread", "-ldl"]

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
        """Build and run the harness glue with one CPU processor (the stand-in on the library path)."""
        work = cache_dir() / "health" / f"{self.name}-{installation.name}"
        work.mkdir(parents=True, exist_ok=True)
        src = work / "health.cpp"
        src.write_text(self.health_source())
        cmd = [
            self.compiler(installation),
            *self.compile_flags(installation),
            str(src),
            "-o",
            str(work / "health"),
            *self.link_flags(installation),
        ]
        out = subprocess.run(cmd, cwd=work, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            return Health(False, f"test program does not build: {trim_log(out.stderr, 600)}")
        env = self._env(installation)
        fin = run_limited(self.run_command(work / "health", 1, installation), env=env, cwd=work, timeout=120)
        if fin.returncode != 0:
            return Health(False, f"test program exits with {fin.returncode or fin.signal}: {trim_log(fin.stderr, 600)}")
        note = " (CPU only, CUDA stand-in)" if self._standin(installation) else ""
        return Health(True, f"builds and runs{note}")

    def _env(self, installation: Installation) -> dict[str, str]:
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **self.run_env(1, installation)}

    # -- prompts, strictness, references ---------------------------------------------------
    def instruction(self, problem: Problem) -> str:
        return INSTRUCTION

    def strict_check(self, code: str) -> StrictCheck:
        return strict_check(code)

    def reference_solution(self, problem: Problem) -> Path | None:
        """This distribution's own Legion solution of a problem (problems/<id>/solution.cpp), if any."""
        path = PROBLEMS / problem.id / "solution.cpp"
        return path if path.is_file() else None


@hookimpl
def register_runtimes(register):
    register(LegionRuntime())
