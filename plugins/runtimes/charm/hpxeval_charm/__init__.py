"""The `charm` runtime: samples built with charmc and run with +pN PEs of a multicore build.

Charm++ needs an interface (.ci) file and a main chare. The harness brings both: the main chare
(hpxeval_harness.ci, charm_harness.hpp) runs the harness in a [threaded] entry method, and the
sample implements the fixed chare array of hpxeval_sample.ci that every Charm++ prompt shows.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hpxeval.cxxsource import mask
from hpxeval.hookspecs import hookimpl
from hpxeval.records import BuildTask, Installation, Problem, StrictCheck
from hpxeval.toolchain import CxxRuntime, DriverError, cache_dir, locked, optimisation

from . import discovery
from .strict import strict_check

HERE = Path(__file__).parent
PROBLEMS = HERE / "problems"
INTERFACES = (HERE / "hpxeval_harness.ci", HERE / "hpxeval_sample.ci")
HARNESS = HERE / "charm_harness.hpp"
STUB = HERE / "sample_stub.hpp"
_DEFINES_WORKER = re.compile(r"\b(class|struct)\s+Worker\b[^;{}]*\{")

INSTRUCTION = """Use Charm++ to compute in parallel: create a chare array of Worker elements, invoke its entry
method on every element, and combine the elements' results with a reduction (contribute() with a
CkReduction reducer, delivered to a CkCallback). The harness compiles this interface file for
you (hpxeval_sample.ci) and includes the generated hpxeval_sample.decl.h before your code:

    module hpxeval_sample {
      array [1D] Worker {
        entry Worker();
        entry void run(int pieces, CkCallback done);
      };
    };

Define class Worker : public CBase_Worker with the constructor Worker() and the entry method
void run(int pieces, CkCallback done); the harness includes hpxeval_sample.def.h after your
code. The function is called from a [threaded] entry method on PE 0, so it may block: create
the array with CProxy_Worker::ckNew(pieces), broadcast run to it, wait for the reduction with
a CkCallbackResumeThread, then delete the CkReductionMsg and ckDestroy() the array. All PEs
share this one process, so Worker elements may read and write the function's arguments through
file-scope pointers that the function sets before the broadcast. CkNumPes() is the worker
count."""


class CharmRuntime(CxxRuntime):
    name = "charm"
    oversubscribe = False  # race checks at more PEs/CPUs than cores are not supported here yet
    solutions = PROBLEMS
    description = "Charm++ chare arrays, entry methods and reductions (charmc, multicore build); +pN = workers"
    harness_prelude = f'#include "{HARNESS}"\n'
    support_source = (HERE / "charm_support.cpp").read_text()
    sample_headers = ('#include "charm++.h"', '#include "hpxeval_sample.decl.h"')
    # the harness places the interface's generated headers; a sample's own copies are disabled
    harness_includes = ("hpxeval_sample.decl.h", "hpxeval_sample.def.h")

    def installations(self, options: dict[str, Any]) -> list[Installation]:
        found, self._notes = discovery.discover(options)
        return found

    def missing_message(self) -> str:
        looked = "; ".join(getattr(self, "_notes", [])) or "nothing found"
        return (
            "charm: no Charm++ installation found. Looked in [runtimes.charm] installations of the experiment "
            f"file, $CHARM_HOME, $CHARMDIR, charmc on PATH and /opt/charm/* ({looked}). Get Charm++ "
            "(spack install charmpp backend=multicore, or build the multicore-linux-x86_64 target from "
            "https://github.com/charmplusplus/charm) and point CHARM_HOME at it; see docs/runtimes.md"
        )

    # -- flags -----------------------------------------------------------------------------
    def compiler(self, installation: Installation) -> str:
        return str(installation.details["charmc"])

    def link_flags(self, installation: Installation) -> list[str]:
        return ["-no-charmrun"]  # charmc would copy charmrun next to every binary

    def run_command(self, binary: Path, workers: int, installation: Installation) -> list[str]:
        # Idle PEs of a multicore build spin by default; sleeping keeps them from slowing the
        # serial baseline that the harness times in the same process. ++quiet drops the banner.
        return [str(binary), f"+p{workers}", "+CmiSleepOnIdle", "++quiet"]

    def readable_paths(self, installation: Installation) -> list[Path]:
        return [*super().readable_paths(installation), HERE, self.interface_dir(installation)]

    def precompiled_header(self, inst: Installation) -> Path | None:
        # charmc wraps the compiler; its own flags would not match a .gch compiled without it
        return None

    # -- the interface files ---------------------------------------------------------------
    def interface_dir(self, inst: Installation) -> Path:
        """hpxeval_harness/hpxeval_sample .decl.h and .def.h, translated by charmc once per installation."""
        h = hashlib.sha256(inst.name.encode() + str(inst.prefix).encode())
        for path in INTERFACES:
            h.update(path.read_bytes())
        root = cache_dir() / "charm" / f"interface-{inst.name}-{h.hexdigest()[:16]}"
        with locked(root):
            if (root / "done").is_file():
                return root
            for ci in INTERFACES:
                shutil.copy2(ci, root / ci.name)
                out = subprocess.run(
                    [self.compiler(inst), ci.name], cwd=root, capture_output=True, text=True, check=False
                )
                if out.returncode != 0:
                    raise DriverError(
                        f"charm: {ci} does not translate with charmc of {inst.prefix}:\n{out.stderr[-2000:]}"
                    )
            (root / "done").write_text("")
        return root

    def compile_flags(self, installation: Installation) -> list[str]:
        interfaces = self.interface_dir(installation)
        return [optimisation(installation), "-language", "charm++", "-c++-option", "-std=c++17", f"-I{interfaces}"]

    def key_files(self) -> list[Path]:
        return [HARNESS, STUB, *INTERFACES]

    def sample_source(self, task: BuildTask, pch: Path | None = None) -> str:
        """The sample between the interface's declarations and its definitions (or the stub)."""
        source = super().sample_source(task, pch)
        defines = _DEFINES_WORKER.search(mask(task.code)) is not None
        ending = '#include "hpxeval_sample.def.h"' if defines else f'#include "{STUB}"'
        return source + ending + "\n"

    # -- health ----------------------------------------------------------------------------
    def health_source(self) -> str:
        main = "int main(int, char **) { hpxeval_runtime_setup(1); return 0; }\n"
        return f'{self.harness_prelude}{self.support_source}\n{main}#include "{STUB}"\n'

    # -- prompts, strictness, references ---------------------------------------------------
    def instruction(self, problem: Problem) -> str:
        return INSTRUCTION

    def strict_check(self, code: str) -> StrictCheck:
        return strict_check(code)


@hookimpl
def register_runtimes(register):
    register(CharmRuntime())
