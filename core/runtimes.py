"""The runtime backend contract (what a runtime plugin answers; see docs/plugins.md)."""

from __future__ import annotations

from typing import Any, Protocol

from hpxeval.records import Build, BuildTask, Health, Installation, Problem, Run, RunLimits, StrictCheck


class RuntimeUnavailable(Exception):
    """A runtime cannot be used (no installation, broken configuration); shown to the user."""


class Runtime(Protocol):
    """What `register_runtimes` registers.

    Optional: `reference_solution(problem) -> Path | None`, a runtime's own correct solution of a
    problem whose folder has no `solutions/<runtime>.cpp` (the `reference` model asks for it), so
    that a separately installed runtime brings its references without editing any category.
    """

    name: str
    description: str

    def installations(self, options: dict[str, Any]) -> list[Installation]:
        """Every installation found (config `[runtimes.<name>]`, environment, standard places)."""
        ...

    def health(self, installation: Installation) -> Health:
        """Build and run a tiny program against an installation."""
        ...

    def instruction(self, problem: Problem) -> str:
        """The sentence the runtime adds to a problem's prompt ("Use OpenMP to …")."""
        ...

    def strict_check(self, code: str) -> StrictCheck:
        """Whether the code really uses the runtime (not in comments or strings)."""
        ...

    def build(self, task: BuildTask) -> Build:
        """Compile the sample with the problem's driver and baseline in `task.workdir`."""
        ...

    def run(self, build: Build, problem: Problem, workers: int, limits: RunLimits, installation: Installation) -> Run:
        """Run a built sample at a worker count: validation first, then timed repetitions."""
        ...
