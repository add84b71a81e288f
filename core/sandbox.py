"""Confinement of untrusted builds and runs: bubblewrap where available, rlimits always.

With bubblewrap a sample sees a read-only root, a private /tmp, no network (its own empty
network namespace: not even the host's 127.0.0.1), its own PID namespace (so nothing it starts,
not even with setsid, outlives the run) and only its work directory writable. Without
bubblewrap, process groups and rlimits remain, and the pipeline says so once per run.
"""

from __future__ import annotations

import os
import resource
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import define

MB = 1 << 20


@define(frozen=True)
class SandboxSettings:
    """`[sandbox]` of the experiment file."""

    mode: str = "auto"  # auto: bubblewrap if installed; bwrap: require it; none: rlimits only
    memory_mb: int = 8192  # address space of the sample process (RLIMIT_AS)
    file_size_mb: int = 1024  # largest file it may write (RLIMIT_FSIZE)
    processes: int = 4096  # RLIMIT_NPROC (not enforced for root; the PID namespace still reaps)
    open_files: int = 4096  # RLIMIT_NOFILE


class SandboxUnavailable(RuntimeError):
    """`mode = "bwrap"` was asked for and bubblewrap is missing."""


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


@define(frozen=True)
class Sandbox:
    """How to wrap one command: the bubblewrap prefix (or none) and the rlimits to apply."""

    settings: SandboxSettings = SandboxSettings()

    @property
    def isolated(self) -> bool:
        """Whether commands really run under bubblewrap."""
        if self.settings.mode == "none":
            return False
        found = bwrap_path() is not None
        if self.settings.mode == "bwrap" and not found:
            raise SandboxUnavailable("sandbox.mode = 'bwrap' but bubblewrap is not installed (apt install bubblewrap)")
        return found

    def command(self, argv: Sequence[str], workdir: Path, readable: Sequence[Path] = ()) -> list[str]:
        """argv wrapped so that only `workdir` is writable (and `readable` paths visible as they are)."""
        if not self.isolated:
            return list(argv)
        wrap = [
            bwrap_path() or "bwrap",
            "--ro-bind",
            "/",
            "/",
            "--dev",
            "/dev",
            "--proc",
            "/proc",
            "--tmpfs",
            "/tmp",
            "--tmpfs",
            "/dev/shm",
            "--bind",
            str(workdir),
            str(workdir),
        ]
        for path in readable:
            if Path(path).exists() and not Path(workdir).is_relative_to(path):
                wrap += ["--ro-bind", str(path), str(path)]
        wrap += ["--unshare-all", "--die-with-parent", "--new-session", "--chdir", str(workdir), "--"]
        return wrap + list(argv)

    def limiter(self, cpu_seconds: float | None = None, cores: Sequence[int] = ()) -> Callable[[], None]:
        """A preexec function that applies the rlimits (and a CPU affinity, if given) in the child."""
        s = self.settings

        def apply() -> None:
            if cores:
                os.sched_setaffinity(0, cores)
            limits = [
                (resource.RLIMIT_AS, s.memory_mb * MB),
                (resource.RLIMIT_FSIZE, s.file_size_mb * MB),
                (resource.RLIMIT_NPROC, s.processes),
                (resource.RLIMIT_NOFILE, s.open_files),
                (resource.RLIMIT_CORE, 0),
            ]
            if cpu_seconds is not None:
                limits.append((resource.RLIMIT_CPU, int(cpu_seconds) + 1))
            for which, value in limits:
                _, hard = resource.getrlimit(which)
                soft = value if hard == resource.RLIM_INFINITY else min(value, hard)
                resource.setrlimit(which, (soft, hard if hard != resource.RLIM_INFINITY else soft))

        return apply
