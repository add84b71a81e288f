"""The `hpx` runtime: samples built against every HPX installation found, run with --hpx:threads=W."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hpxeval.hookspecs import hookimpl
from hpxeval.records import Installation, Problem, StrictCheck
from hpxeval.toolchain import CxxRuntime, one_optimisation_level, optimisation

from . import discovery
from .strict import strict_check

PRELUDE = Path(__file__).parent / "hpx_prelude.hpp"


class HPXRuntime(CxxRuntime):
    name = "hpx"
    description = "HPX (a version matrix: every installation found); --hpx:threads = workers"
    sample_headers = (f'#include "{PRELUDE}"',)
    harness_prelude = "#include <hpx/hpx_main.hpp>\n"
    harness_includes = ("hpx/hpx_main.hpp",)
    # HPX refuses more --hpx:threads than processing units, and with --hpx:bind=none it silently
    # runs on the units only (measured: 2 worker threads for --hpx:threads=8 on 2 cores)
    oversubscribe = False

    def installations(self, options: dict[str, Any]) -> list[Installation]:
        found, self._notes = discovery.discover(options)
        return found

    def missing_message(self) -> str:
        looked = "; ".join(getattr(self, "_notes", [])) or "nothing found"
        return (
            "hpx: no HPX installation found. Looked in [runtimes.hpx] installations of the experiment file, "
            f"$HPX_DIR, $CMAKE_PREFIX_PATH and /opt/hpx/* ({looked}). Install HPX with your package manager "
            "(spack install hpx, or conda install -c conda-forge hpx) and point HPX_DIR at its prefix; "
            "see docs/runtimes.md"
        )

    def compile_flags(self, installation: Installation) -> list[str]:
        """HPX's own flags (from its CMake targets) at the experiment's optimisation level."""
        flags = discovery.probe(installation, self.compiler(installation))["compile"]
        return one_optimisation_level(flags, optimisation(installation))

    def link_flags(self, installation: Installation) -> list[str]:
        """HPX's link line; with clang also libatomic, which clang calls for HPX's wide atomics and
        GCC-built HPX packages do not list (measured: 30 of 70 references failed to link without it)."""
        flags = discovery.probe(installation, self.compiler(installation))["link"]
        flags = one_optimisation_level(flags, optimisation(installation))
        return [*flags, "-latomic"] if self.compiler_family(installation) == "clang" else flags

    def key_files(self) -> list[Path]:
        return [PRELUDE]

    def readable_paths(self, installation: Installation) -> list[Path]:
        return [*super().readable_paths(installation), PRELUDE.parent]

    def run_command(self, binary: Path, workers: int, installation: Installation) -> list[str]:
        return [str(binary), f"--hpx:threads={workers}"]

    def health_source(self) -> str:
        return (
            f'{self.harness_prelude}#include "{PRELUDE}"\n#include <vector>\n'
            "int main() {\n  std::vector<int> v(1000, 1);\n"
            "  auto f = hpx::async([&] { int s = 0; for (int x : v) s += x; return s; });\n"
            "  return f.get() == 1000 ? 0 : 1;\n}\n"
        )

    def instruction(self, problem: Problem) -> str:
        return "Use HPX to compute in parallel. Assume HPX has already been initialized."

    def strict_check(self, code: str) -> StrictCheck:
        return strict_check(code)


@hookimpl
def register_runtimes(register):
    register(HPXRuntime())
