"""Building and running C++ samples with the harness: shared by the C++ runtime plugins.

A runtime plugin subclasses `CxxRuntime` and says only what differs: its compiler flags, the
headers a sample sees, the support file that applies the worker count, and its strict check.
The driver, baseline and harness objects are compiled once per problem × installation × flags
and cached; per sample only its own translation unit is compiled, then linked.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import secrets
import shutil
import statistics
import subprocess
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from hpxeval.buildcache import BuildCache
from hpxeval.process import Finished, run_limited, trim_log
from hpxeval.records import Build, BuildTask, Health, Installation, Problem, Run, RunLimits
from hpxeval.runtimes import RuntimeUnavailable

CXX_DIR = Path(str(resources.files("hpxeval") / "cxx"))
RESULT_TAG = "@hpxeval"
NOT_COMPILED = ("description.md", "problem.toml")  # problem files that no build reads


OPTIMISATION = "-O3"  # ParEval's level (and HPX's Release); one for every runtime, so speedups compare


def optimisation(installation: Installation) -> str:
    """The experiment's optimisation level (`evaluation.optimisation`, put into the installation's
    details by the pipeline), else the default OPTIMISATION."""
    return str(installation.details.get("optimisation", OPTIMISATION))


def one_optimisation_level(flags: list[str], level: str = OPTIMISATION) -> list[str]:
    """Flags with every -O option replaced by the harness's single level."""
    kept = [f for f in flags if not (f.startswith("-O") and len(f) <= 6)]
    return [level, *kept]


PCH_REJECTED = re.compile(r"precompiled header|PCH file", re.IGNORECASE)  # clang's words for an unusable PCH


class DriverError(RuntimeError):
    """The problem's own driver failed to compile: a suite bug, never the sample's fault."""


def cache_dir() -> Path:
    """Where compiled drivers are kept: $HPXEVAL_CACHE, else ~/.cache/hpxeval."""
    root = os.environ.get("HPXEVAL_CACHE") or Path.home() / ".cache" / "hpxeval"
    return Path(root)


@contextlib.contextmanager
def locked(directory: Path) -> Iterator[None]:
    """An exclusive lock on a cache directory (threads and processes), created if missing.

    Every cache entry that is made once and shared (objects, PCH, probes) is made under it."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def discard_pch(root: Path) -> None:
    """Remove a precompiled header so that the next build makes it afresh."""
    with locked(root):
        for made in root.glob("hpxeval_pch.hpp.[gp]ch"):
            made.unlink(missing_ok=True)


def compiler_version(cxx: str) -> str | None:
    """`g++ -dumpfullversion` (or `--version`'s first line); None when the compiler is missing."""
    if shutil.which(cxx) is None:
        return None
    for args in (["-dumpfullversion"], ["--version"]):
        out = subprocess.run([cxx, *args], capture_output=True, text=True, check=False)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip().splitlines()[0]
    return None


def compiler_id(cxx: str) -> str:
    """The compiler family of `cxx` from its --version: clang, else gcc (driven like GCC)."""
    out = subprocess.run([cxx, "--version"], capture_output=True, text=True, check=False)
    return "clang" if "clang" in out.stdout.lower() else "gcc"


class CxxRuntime:
    """A runtime whose samples are C++ functions compiled with the hpxeval harness."""

    name = ""
    description = ""
    support_source = "void hpxeval_runtime_setup(int) {}\n"
    harness_prelude = ""  # included before the harness main (e.g. <hpx/hpx_main.hpp>)
    harness_includes: tuple[str, ...] = ()  # headers only the harness may include (a sample's copy is disabled)
    sample_headers: tuple[str, ...] = ()
    build_timeout = 300.0
    health_timeout = 60.0
    solutions: Path | None = None  # a distribution's own references: <solutions>/<problem id>/solution.cpp
    run_writes_workdir = False  # True where the runtime itself writes files beside the binary (Legion's log)
    parallel = True  # False: the runtime runs one thread whatever the worker count, so it runs at 1 only
    oversubscribe = True  # runs at more workers than cores: race checks (evaluation.race_workers) apply

    # -- what subclasses adapt -------------------------------------------------------------
    def compile_flags(self, installation: Installation) -> list[str]:
        return [optimisation(installation), "-std=c++17"]

    def link_flags(self, installation: Installation) -> list[str]:
        return []

    def run_command(self, binary: Path, workers: int, installation: Installation) -> list[str]:
        return [str(binary)]

    def run_env(self, workers: int, installation: Installation) -> dict[str, str]:
        return {}

    def readable_paths(self, installation: Installation) -> list[Path]:
        """Paths a sandboxed build must see even when they live under /tmp (headers, libraries)."""
        paths = [CXX_DIR]
        if installation.prefix is not None:
            paths.append(installation.prefix)
        return paths

    def compiler(self, installation: Installation) -> str:
        return str(installation.details.get("cxx", "g++"))

    def compiler_family(self, installation: Installation) -> str:
        """The compiler's family, gcc or clang (details["cxx_id"]): how a precompiled header is made."""
        return str(installation.details.get("cxx_id", "gcc"))

    def reference_solution(self, problem: Problem) -> Path | None:
        """The runtime distribution's own correct solution of a problem, if it ships one."""
        path = self.solutions / problem.id / "solution.cpp" if self.solutions else None
        return path if path is not None and path.is_file() else None

    def key_files(self) -> list[Path]:
        """Files the runtime's glue includes by path (preludes, harness parts): their contents are
        part of every cache key (objects, precompiled header, builds), so an edit invalidates them."""
        return []

    def installations(self, options: dict[str, Any]) -> list[Installation]:
        """The C++ compiler ($CXX or g++ unless `[runtimes.<name>] cxx` says otherwise)."""
        cxx = str(options.get("cxx") or os.environ.get("CXX") or "g++")
        version = compiler_version(cxx)
        if version is None:
            return []
        path = Path(shutil.which(cxx) or cxx)
        details = {"cxx": cxx, "cxx_id": compiler_id(cxx)}
        return [Installation(self.name, f"{Path(cxx).name}-{version}", version, path.parent, details)]

    def missing_message(self) -> str:
        return f"{self.name}: no C++ compiler found (looked for $CXX and g++ on PATH); install g++"

    # -- building --------------------------------------------------------------------------
    def _compile(
        self, inst: Installation, source: Path, obj: Path, includes: list[Path], extra: tuple[str, ...] = ()
    ) -> subprocess.CompletedProcess:
        cmd = [
            self.compiler(inst),
            *self.compile_flags(inst),
            *extra,
            *(f"-I{d}" for d in includes),
            "-c",
            str(source),
            "-o",
            str(obj),
        ]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=self.build_timeout, check=False)

    def _stage(self, problem: Problem, stage: Path) -> None:
        """Copy the problem's files and map the runtime's scaffold onto `scaffold.hpp`."""
        stage.mkdir(parents=True, exist_ok=True)
        for f in problem.directory.iterdir():
            if f.is_file() and not f.name.startswith("scaffold."):
                shutil.copy2(f, stage / f.name)
        scaffold = problem.scaffold(self.name)
        if scaffold is not None:
            shutil.copy2(scaffold, stage / "scaffold.hpp")

    def runtime_key(self, inst: Installation) -> str:
        """What decides the harness and support objects: runtime, installation, compiler, flags."""
        h = hashlib.sha256()
        for part in (
            self.name,
            inst.name,
            inst.version,
            self.compiler(inst),
            *self.compile_flags(inst),
            self.support_source,
            self.harness_prelude,
        ):
            h.update(part.encode() + b"\0")
        for f in [*sorted(CXX_DIR.iterdir()), *self.key_files()]:
            h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        return h.hexdigest()[:32]

    def driver_key(self, problem: Problem, inst: Installation) -> str:
        """runtime_key plus the problem's compiled files (driver, baseline, scaffolds)."""
        h = hashlib.sha256(f"{self.runtime_key(inst)}\0{problem.id}\0".encode())
        for f in sorted(problem.directory.iterdir()):
            if f.is_file() and f.name not in NOT_COMPILED:
                h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        return h.hexdigest()[:32]

    def _compile_all(self, inst: Installation, jobs: list[tuple[Path, Path]], includes: list[Path]) -> None:
        """Compile each (source, object) pair whose object is missing; DriverError on failure."""
        for src, obj in jobs:
            if obj.is_file():
                continue
            out = self._compile(inst, src, obj.with_suffix(".tmp.o"), includes)
            if out.returncode != 0:
                raise DriverError(
                    f"{src.name} does not compile with {self.name}/{inst.name}:\n" + trim_log(out.stderr, 4000)
                )
            obj.with_suffix(".tmp.o").rename(obj)

    def runtime_objects(self, inst: Installation, root: Path | None = None) -> list[Path]:
        """harness.o and support.o: the same for every problem, compiled once per installation and flags."""
        root = root or cache_dir() / "runtime" / f"{self.name}-{inst.name}-{self.runtime_key(inst)}"
        main, support = root / "hpxeval_main.cpp", root / "hpxeval_support.cpp"
        objects = [root / "harness.o", root / "support.o"]
        with locked(root):
            main.write_text(self.harness_prelude + '#include "hpxeval_harness.cpp"\n')
            support.write_text(self.support_source)
            self._compile_all(inst, [(main, objects[0]), (support, objects[1])], [CXX_DIR])
        return objects

    def driver_objects(self, problem: Problem, inst: Installation, root: Path | None = None) -> tuple[Path, list[Path]]:
        """(stage dir, objects of harness + driver + support), compiled once and cached.

        With `root` (the --no-cache path) everything is compiled afresh under it instead.
        """
        harness, support = self.runtime_objects(inst, root and root / "runtime")
        root = root or cache_dir() / "drivers" / f"{problem.id}-{self.name}-{self.driver_key(problem, inst)}"
        stage, driver = root / "stage", root / "driver.o"
        with locked(root):
            if not driver.is_file():
                self._stage(problem, stage)
                try:
                    self._compile_all(inst, [(stage / "driver.cpp", driver)], [stage, CXX_DIR])
                except DriverError as exc:
                    raise DriverError(f"{problem.id}: {exc}") from None
        return stage, [harness, driver, support]

    def precompiled_header(self, inst: Installation) -> Path | None:
        """The precompiled prelude and runtime headers (hpxeval_pch.hpp beside its PCH), or None.

        Compiled once per runtime × installation × flags. GCC makes a .gch, which it silently
        ignores when the flags differ; clang makes a .pch with its header templates already
        instantiated (-fpch-instantiate-templates), checked on a trivial unit before any sample
        uses it, since clang rejects an unusable PCH with an error. Neither can change a verdict.
        """
        header = "\n".join(["#pragma once", '#include "hpxeval_prelude.hpp"', *self.sample_headers]) + "\n"
        key = hashlib.sha256("\0".join([header, self.compiler(inst), *self.compile_flags(inst)]).encode())
        for f in [CXX_DIR / "hpxeval_prelude.hpp", *self.key_files()]:
            key.update(f.read_bytes())
        root = cache_dir() / "pch" / f"{self.name}-{inst.name}-{key.hexdigest()[:24]}"
        clang = self.compiler_family(inst) == "clang"
        made = root / ("hpxeval_pch.hpp.pch" if clang else "hpxeval_pch.hpp.gch")
        with locked(root):
            if (root / "failed").exists():
                return None
            if not made.is_file():
                (root / "hpxeval_pch.hpp").write_text(header)
                problem = self._make_pch(inst, root / "hpxeval_pch.hpp", made, clang)
                if problem:
                    (root / "failed").write_text(problem)
                    return None
        return root

    def _make_pch(self, inst: Installation, header: Path, made: Path, clang: bool) -> str:
        """Compile `header` into `made` (and, for clang, check it loads); the error text, or ''."""
        tmp = made.with_name(made.name + ".tmp")
        cmd = [self.compiler(inst), *self.compile_flags(inst), f"-I{CXX_DIR}", "-x", "c++-header", str(header)]
        out = subprocess.run(
            [*cmd, *(["-fpch-instantiate-templates"] if clang else []), "-o", str(tmp)],
            capture_output=True,
            text=True,
            timeout=self.build_timeout,
            check=False,
        )
        if out.returncode != 0:
            return out.stderr
        tmp.rename(made)
        if clang:
            probe = header.with_name("pch_check.cpp")
            probe.write_text("int hpxeval_pch_check() { return 0; }\n")
            flags = tuple(self.pch_flags(header.parent))
            check = self._compile(inst, probe, header.with_name("pch_check.o"), [], flags)
            if check.returncode != 0:
                made.unlink()
                return check.stderr
        return ""

    def pch_flags(self, pch: Path | None) -> list[str]:
        """What makes a unit start with the precompiled header (both compilers find it beside the header)."""
        return ["-include", str(pch / "hpxeval_pch.hpp")] if pch else []

    def neutralise_includes(self, code: str) -> str:
        """Comment out includes the harness owns (e.g. a runtime's main wrapper); line numbers stay."""
        if not self.harness_includes:
            return code
        pattern = re.compile(
            r"^[ \t]*#[ \t]*include[ \t]*[<\"](" + "|".join(map(re.escape, self.harness_includes)) + r")[>\"]",
            re.MULTILINE,
        )
        return pattern.sub(lambda m: "// hpxeval: the harness provides this: " + m.group(0).strip(), code)

    def sample_source(self, task: BuildTask, pch: Path | None = None) -> str:
        """The sample's unit; with a precompiled header the compile command includes it (-include)."""
        lines = [] if pch else ['#include "hpxeval_prelude.hpp"', *self.sample_headers]
        if task.problem.scaffold(self.name) is not None:
            lines.append('#include "scaffold.hpp"')
        lines.append('#include "sample.cpp"')
        return "\n".join(lines) + "\n"

    def build_key(self, task: BuildTask) -> str:
        """The build cache key: driver key, the code, and how the sample's unit is compiled and linked."""
        parts = [
            self.driver_key(task.problem, task.installation),
            task.code_sha,
            *self.link_flags(task.installation),
            *self.sample_headers,
            *self.harness_includes,
        ]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def build(self, task: BuildTask) -> Build:
        """Compile the sample's translation unit and link it with the cached driver objects.

        With `task.cache` a stored outcome of the same key is reused and a new one stored;
        without it, driver, harness and sample are all compiled afresh in the work directory.
        """
        cache = BuildCache(cache_dir() / "builds") if task.cache else None
        key = self.build_key(task) if cache else ""
        if cache is not None and (hit := cache.get(key, task.workdir)) is not None:
            return hit
        start = time.monotonic()
        fresh = None if cache else task.workdir / "objects"
        stage, objects = self.driver_objects(task.problem, task.installation, fresh)
        pch = self.precompiled_header(task.installation) if cache else None
        if cache is not None:
            start = time.monotonic()  # shared objects are amortised, not charged to this sample
        build, returncode = self._build_sample(task, stage, objects, pch, start)
        if pch is not None and build.status == "compile_error" and PCH_REJECTED.search(build.log):
            discard_pch(pch)  # stale (a header changed since): the sample is judged without it
            build, returncode = self._build_sample(task, stage, objects, None, start)
        if cache is not None:
            cache.put(key, build, returncode)
        return build

    def _build_sample(
        self, task: BuildTask, stage: Path, objects: list[Path], pch: Path | None, start: float
    ) -> tuple[Build, int | None]:
        """Compile the sample's unit and link it; (outcome, the failing step's exit code)."""
        inst = task.installation
        task.workdir.mkdir(parents=True, exist_ok=True)
        source, obj, binary = task.workdir / "tu.cpp", task.workdir / "sample.o", task.workdir / "sample"
        (task.workdir / "sample.cpp").write_text(self.neutralise_includes(task.code))
        source.write_text(self.sample_source(task, pch))

        def result(ok: bool, status: str, log: str = "") -> Build:
            return Build(
                task.code_sha,
                task.problem.id,
                self.name,
                inst.name,
                ok,
                status,
                time.monotonic() - start,
                trim_log(log),
                binary if ok else None,
            )

        compile_cmd = [
            self.compiler(inst),
            *self.compile_flags(inst),
            *self.pch_flags(pch),
            f"-I{stage}",
            f"-I{CXX_DIR}",
            "-c",
            str(source),
            "-o",
            str(obj),
        ]
        link_cmd = [
            self.compiler(inst),
            *self.compile_flags(inst),
            *map(str, objects),
            str(obj),
            "-o",
            str(binary),
            *self.link_flags(inst),
        ]
        readable = [stage.parent, *{o.parent for o in objects}, *([pch] if pch else []), *self.readable_paths(inst)]
        for cmd, failure in ((compile_cmd, "compile_error"), (link_cmd, "link_error")):
            fin = run_limited(
                task.sandbox.command(cmd, task.workdir, readable),
                cwd=task.workdir,
                timeout=self.build_timeout,
                output_cap=1 << 18,
                preexec=task.sandbox.limiter(),
            )
            if fin.timed_out:
                return result(False, "timeout", f"build exceeded {self.build_timeout:.0f} s\n{fin.stderr}"), None
            if fin.returncode != 0:
                return result(False, failure, fin.stderr or f"exit {fin.returncode or fin.signal}"), fin.returncode
        return result(True, "ok", fin.stderr), 0

    # -- running ---------------------------------------------------------------------------
    def run(self, build: Build, problem: Problem, workers: int, limits: RunLimits, installation: Installation) -> Run:
        """One process at a worker count; the verdict is read only from lines carrying the secret."""
        secret = secrets.token_hex(16)
        rtol = problem.rtol if problem.rtol is not None else 1e-6
        fields = (
            secret,
            problem.validation_size,
            problem.validation_trials * limits.validation_factor,
            problem.timed(limits.sizes),
            limits.repetitions,
            limits.seed,
            workers,
            repr(rtol),
            "{result_fd}",
        )
        params = " ".join(map(str, fields)) + "\n"
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(build.binary.parent)}
        env.update(self.run_env(workers, installation))
        workdir = build.binary.parent
        fin = run_limited(
            limits.sandbox.command(
                self.run_command(build.binary, workers, installation),
                workdir,
                self.readable_paths(installation),
                writable=self.run_writes_workdir,
            ),
            preexec=limits.sandbox.limiter(limits.timeout * max(workers, 1) + 5, pinned_cores(limits.cores, workers)),
            stdin=params,
            env=env,
            cwd=build.binary.parent,
            timeout=limits.timeout,
            output_cap=limits.output_cap,
            result_pipe=True,
        )
        results = parse_results(fin.results, secret)
        log = trim_log((fin.stderr + "\n" + fin.stdout).strip(), 4000)
        base = dict(
            code_sha=build.code_sha,
            problem=problem.id,
            runtime=self.name,
            installation=installation.name,
            workers=workers,
            log=log,
        )
        status, why = verdict(fin, results, limits.sandbox.isolated)
        base["validation_seconds"] = _first_float(results.get("validation_seconds"))
        if status != "valid":
            return Run(**base | {"log": f"{why}\n{log}".strip()}, status=status, valid=False)
        times = tuple(float(t) for t in results.get("time", []))
        base_times = tuple(float(t) for t in results.get("baseline", []))
        return Run(
            **base,
            status="valid",
            valid=True,
            seconds=statistics.fmean(times) if times else None,
            baseline_seconds=statistics.fmean(base_times) if base_times else None,
            times=times,
            baseline_times=base_times,
        )

    def health_source(self) -> str:
        """A tiny program that uses the runtime; it must exit 0."""
        headers = "\n".join(self.sample_headers)
        main = "int main() { hpxeval_runtime_setup(1); return 0; }\n"
        return f"{self.harness_prelude}{headers}\n{self.support_source}\n{main}"

    def health(self, installation: Installation) -> Health:
        """Compile and run a tiny program with this runtime's flags."""
        work = cache_dir() / "health" / f"{self.name}-{installation.name}"
        work.mkdir(parents=True, exist_ok=True)
        src = work / "health.cpp"
        src.write_text(self.health_source())
        try:
            flags, link = self.compile_flags(installation), self.link_flags(installation)
        except RuntimeUnavailable as exc:  # e.g. HPX's CMake package refuses the compiler
            return Health(False, trim_log(str(exc), 600))
        cmd = [self.compiler(installation), *flags, str(src), "-o", str(work / "health"), *link]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=work)
        if out.returncode != 0:
            return Health(False, f"test program does not build: {trim_log(out.stderr, 600)}")
        env = dict(os.environ, **self.run_env(1, installation))
        fin = run_limited(
            self.run_command(work / "health", 1, installation), timeout=self.health_timeout, cwd=work, env=env
        )
        if fin.returncode != 0:
            return Health(False, f"test program exits with {fin.returncode or fin.signal}: {trim_log(fin.stderr, 600)}")
        return Health(True, "builds and runs")


def pinned_cores(cores: tuple[int, ...], workers: int) -> tuple[int, ...]:
    """The cores a run at `workers` is pinned to: the first `workers` of the list (all if fewer)."""
    return cores[:workers] if len(cores) >= workers else cores


MAX_SIGNAL = 64  # Linux signal numbers end here: exit 255 (a program's -1) is an exit, not signal 127
_OOM = ("std::bad_alloc", "Cannot allocate memory", "out of memory", "Out of memory")


def verdict(fin: Finished, results: dict[str, list[str]], wrapped: bool) -> tuple[str, str]:
    """(status, explanation) of a finished run: every failure is a kind, never an exception.

    Under bubblewrap a child killed by a signal shows as exit 128 + signal.
    """
    signal = fin.signal
    if signal is None and wrapped and fin.returncode is not None and 128 < fin.returncode <= 128 + MAX_SIGNAL:
        signal = fin.returncode - 128
    out_of_memory = any(marker in fin.stderr for marker in _OOM)
    done = results.get("done", [])
    if fin.timed_out:
        return "timeout", "exceeded the time limit; the process group was killed"
    if out_of_memory and done != ["valid"]:
        return "oom", "ran out of memory (address-space limit)"
    if signal is not None:
        return "crash", f"killed by signal {signal}"
    if fin.returncode != 0:
        return "exit", f"exit code {fin.returncode}"
    if done not in (["valid"], ["invalid"]) or len(results.get("validation", [])) != 1:
        return "no_result", "no verdict carrying this run's secret (malformed, missing or forged output)"
    if done == ["invalid"]:
        return "invalid", f"validation {results['validation'][0]}"
    return "valid", ""


def _first_float(values: list[str] | None) -> float | None:
    try:
        return float(values[0]) if values else None
    except ValueError:
        return None


def parse_results(stdout: str, secret: str) -> dict[str, list[str]]:
    """key -> values of the harness lines that carry this run's secret; everything else is ignored."""
    prefix = f"{RESULT_TAG} {secret} "
    found: dict[str, list[str]] = {}
    for line in stdout.splitlines():
        if line.startswith(prefix):
            key, _, value = line[len(prefix) :].partition(" ")
            found.setdefault(key, []).append(value.strip())
    return found
