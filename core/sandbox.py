"""Confinement of untrusted builds and runs: bubblewrap where available, rlimits always.

With bubblewrap a sample sees only the toolchain (/usr and the few /etc files the dynamic loader
and the compiler alternatives need), /sys read-only, the paths its runtime names (installation
prefix, driver objects) read-only, and its work directory: writable for a build, read-only for a
run. /tmp and /dev/shm are private tmpfs of a fixed size. It has no network (its own empty
network namespace), its own PID namespace (nothing it starts outlives the run), no capabilities
and no way to gain any: it runs as uid 65534 in a user namespace that may not create another,
also when hpxeval runs as root. Without bubblewrap, process groups and rlimits remain, and the
pipeline says so once per run.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import define

MB = 1 << 20
NOBODY = 65534  # the uid and gid a sample has inside the sandbox
ETC_NEEDED = ("alternatives", "ld.so.cache", "ld.so.conf", "ld.so.conf.d")  # the loader's and c++'s links
TOP_LEVEL = ("bin", "sbin", "lib", "lib32", "lib64", "libx32")  # merged-/usr links or real folders


def system_binds() -> list[str]:
    """bubblewrap arguments that show the toolchain (read-only) and nothing else of the host's root."""
    binds = ["--ro-bind", "/usr", "/usr", "--ro-bind", "/sys", "/sys"]
    for name in TOP_LEVEL:
        path = Path("/") / name
        if path.is_symlink():
            binds += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            binds += ["--ro-bind", str(path), str(path)]
    for name in ETC_NEEDED:
        path = Path("/etc") / name
        if path.exists():
            binds += ["--ro-bind", str(path), str(path)]
    return binds


@define(frozen=True)
class SandboxSettings:
    """`[sandbox]` of the experiment file."""

    mode: str = "auto"  # auto: bubblewrap if installed; bwrap: require it; none: rlimits only
    memory_mb: int = 8192  # address space of the sample process (RLIMIT_AS)
    file_size_mb: int = 1024  # largest file it may write (RLIMIT_FSIZE)
    processes: int = 4096  # RLIMIT_NPROC (not enforced for root; the PID namespace still reaps)
    open_files: int = 4096  # RLIMIT_NOFILE
    tmpfs_mb: int = 256  # size of each of the private /tmp and /dev/shm, counted in memory_mb


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

    def check(self, workdir: Path) -> None:
        """Start the sandbox once around `true`; SandboxUnavailable with bubblewrap's words if it cannot.

        Nested containers and AppArmor can forbid the namespaces bubblewrap needs; then every build
        would fail for a reason that is no sample's, so the run must stop instead."""
        if not self.isolated:
            return
        workdir.mkdir(parents=True, exist_ok=True)
        try:
            done = subprocess.run(self.command(["true"], workdir), capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SandboxUnavailable(f"bubblewrap cannot start here: {exc}") from None
        if done.returncode != 0:
            said = done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]
            raise SandboxUnavailable(
                f"bubblewrap cannot start here ({said[0]}); fix the container's namespace permissions, or set "
                "sandbox.mode = 'none' to run samples with rlimits only (untrusted code then reaches the host)"
            )

    def command(
        self, argv: Sequence[str], workdir: Path, readable: Sequence[Path] = (), writable: bool = True
    ) -> list[str]:
        """argv wrapped so that it sees the toolchain, `readable` (read-only) and `workdir`
        (writable for a build, read-only for a run with `writable=False`)."""
        if not self.isolated:
            return list(argv)
        tmpfs = str(self.settings.tmpfs_mb * MB)
        wrap = [bwrap_path() or "bwrap", *system_binds(), "--dev", "/dev", "--proc", "/proc"]
        wrap += ["--size", tmpfs, "--tmpfs", "/tmp", "--size", tmpfs, "--tmpfs", "/dev/shm"]
        for path in readable:
            if Path(path).exists() and not Path(workdir).is_relative_to(path):
                wrap += ["--ro-bind", str(path), str(path)]
        wrap += ["--bind" if writable else "--ro-bind", str(workdir), str(workdir)]
        wrap += ["--unshare-all", "--unshare-user", "--disable-userns", "--cap-drop", "ALL"]
        wrap += ["--uid", str(NOBODY), "--gid", str(NOBODY)]
        wrap += ["--die-with-parent", "--new-session", "--chdir", str(workdir), "--"]
        return wrap + list(argv)

    def limiter(self, cpu_seconds: float | None = None, cores: Sequence[int] = ()) -> Callable[[], None]:
        """A preexec function that applies the rlimits (and a CPU affinity, if given) in the child."""
        s = self.settings

        address_space = (s.memory_mb - (2 * s.tmpfs_mb if self.isolated else 0)) * MB

        def apply() -> None:
            if cores:
                os.sched_setaffinity(0, cores)
            limits = [
                (resource.RLIMIT_AS, address_space),
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
