"""Building and running C++ samples with the harness: shared by the C++ runtime plugins.

A runtime plugin subclasses `CxxRuntime` and says only what differs: its compiler flags, the
headers a sample sees, the support file that applies the worker count, and its strict check.
The driver, baseline and harness objects are compiled once per problem × installation × flags
and cached; per sample only its own translation unit is compiled, then linked.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import secrets
import shutil
import statistics
import subprocess
import time
from importlib import resources
from pathlib import Path
from typing import Any

from hpxeval.process import Finished, run_limited, trim_log
from hpxeval.records import Build, BuildTask, Health, Installation, Problem, Run, RunLimits

CXX_DIR = Path(str(resources.files("hpxeval") / "cxx"))
RESULT_TAG = "@hpxeval"


class DriverError(RuntimeError):
    """The problem's own driver failed to compile: a suite bug, never the sample's fault."""


def cache_dir() -> Path:
    """Where compiled drivers are kept: $HPXEVAL_CACHE, else ~/.cache/hpxeval."""
    root = os.environ.get("HPXEVAL_CACHE") or Path.home() / ".cache" / "hpxeval"
    return Path(root)


def compiler_version(cxx: str) -> str | None:
    """`g++ -dumpfullversion` (or `--version`'s first line); None when the compiler is missing."""
    if shutil.which(cxx) is None:
        return None
    for args in (["-dumpfullversion"], ["--version"]):
        out = subprocess.run([cxx, *args], capture_output=True, text=True, check=False)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip().splitlines()[0]
    return None


class CxxRuntime:
    """A runtime whose samples are C++ functions compiled with the hpxeval harness."""

    name = ""
    description = ""
    support_source = "void hpxeval_runtime_setup(int) {}\n"
    harness_prelude = ""  # included before the harness main (e.g. <hpx/hpx_main.hpp>)
    harness_includes: tuple[str, ...] = ()  # headers only the harness may include (a sample's copy is disabled)
    sample_headers: tuple[str, ...] = ()
    build_timeout = 300.0

    # -- what subclasses adapt -------------------------------------------------------------
    def compile_flags(self, installation: Installation) -> list[str]:
        return ["-O2", "-std=c++17"]

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

    def installations(self, options: dict[str, Any]) -> list[Installation]:
        """The C++ compiler ($CXX or g++ unless `[runtimes.<name>] cxx` says otherwise)."""
        cxx = str(options.get("cxx") or os.environ.get("CXX") or "g++")
        version = compiler_version(cxx)
        if version is None:
            return []
        path = Path(shutil.which(cxx) or cxx)
        return [Installation(self.name, f"{Path(cxx).name}-{version}", version, path.parent, {"cxx": cxx})]

    def missing_message(self) -> str:
        return f"{self.name}: no C++ compiler found (looked for $CXX and g++ on PATH); install g++"

    # -- building --------------------------------------------------------------------------
    def _compile(
        self, inst: Installation, source: Path, obj: Path, includes: list[Path]
    ) -> subprocess.CompletedProcess:
        cmd = [
            self.compiler(inst),
            *self.compile_flags(inst),
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

    def driver_key(self, problem: Problem, inst: Installation) -> str:
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
        files = sorted(f for f in problem.directory.iterdir() if f.is_file()) + sorted(CXX_DIR.iterdir())
        for f in files:
            h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        return h.hexdigest()[:32]

    def driver_objects(self, problem: Problem, inst: Installation) -> tuple[Path, list[Path]]:
        """(stage dir, objects of harness + driver + support), compiled once and cached."""
        root = cache_dir() / "drivers" / f"{problem.id}-{self.name}-{self.driver_key(problem, inst)}"
        objects = [root / "harness.o", root / "driver.o", root / "support.o"]
        root.mkdir(parents=True, exist_ok=True)
        with open(root / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if all(o.is_file() for o in objects):
                return root / "stage", objects
            stage = root / "stage"
            self._stage(problem, stage)
            (stage / "hpxeval_support.cpp").write_text(self.support_source)
            (stage / "hpxeval_main.cpp").write_text(self.harness_prelude + '#include "hpxeval_harness.cpp"\n')
            includes = [stage, CXX_DIR]
            for src, obj in zip(
                (stage / "hpxeval_main.cpp", stage / "driver.cpp", stage / "hpxeval_support.cpp"),
                objects,
                strict=True,
            ):
                out = self._compile(inst, src, obj.with_suffix(".tmp.o"), includes)
                if out.returncode != 0:
                    raise DriverError(
                        f"{problem.id}: {src.name} does not compile with {self.name}/{inst.name}:\n"
                        + trim_log(out.stderr, 4000)
                    )
                obj.with_suffix(".tmp.o").rename(obj)
        return stage, objects

    def precompiled_header(self, inst: Installation) -> Path | None:
        """A directory holding hpxeval_pch.hpp and its .gch (the prelude and runtime headers), or None.

        Compiled once per runtime × installation × flags; GCC uses the .gch only when the flags
        match and silently falls back to the header otherwise, so it can never change a verdict.
        """
        header = "\n".join(["#pragma once", '#include "hpxeval_prelude.hpp"', *self.sample_headers]) + "\n"
        key = hashlib.sha256("\0".join([header, self.compiler(inst), *self.compile_flags(inst)]).encode())
        key.update((CXX_DIR / "hpxeval_prelude.hpp").read_bytes())
        root = cache_dir() / "pch" / f"{self.name}-{inst.name}-{key.hexdigest()[:24]}"
        gch = root / "hpxeval_pch.hpp.gch"
        root.mkdir(parents=True, exist_ok=True)
        with open(root / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if (root / "failed").exists():
                return None
            if not gch.is_file():
                (root / "hpxeval_pch.hpp").write_text(header)
                cmd = [
                    self.compiler(inst),
                    *self.compile_flags(inst),
                    f"-I{CXX_DIR}",
                    "-x",
                    "c++-header",
                    str(root / "hpxeval_pch.hpp"),
                    "-o",
                    str(gch.with_suffix(".tmp")),
                ]
                out = subprocess.run(cmd, capture_output=True, text=True, timeout=self.build_timeout, check=False)
                if out.returncode != 0:
                    (root / "failed").write_text(out.stderr)
                    return None
                gch.with_suffix(".tmp").rename(gch)
        return root

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
        lines = ['#include "hpxeval_pch.hpp"'] if pch else ['#include "hpxeval_prelude.hpp"', *self.sample_headers]
        if task.problem.scaffold(self.name) is not None:
            lines.append('#include "scaffold.hpp"')
        lines.append('#include "sample.cpp"')
        return "\n".join(lines) + "\n"

    def build(self, task: BuildTask) -> Build:
        """Compile the sample's translation unit and link it with the cached driver objects."""
        inst, start = task.installation, time.monotonic()
        stage, objects = self.driver_objects(task.problem, inst)
        task.workdir.mkdir(parents=True, exist_ok=True)
        source, obj, binary = task.workdir / "tu.cpp", task.workdir / "sample.o", task.workdir / "sample"
        (task.workdir / "sample.cpp").write_text(self.neutralise_includes(task.code))
        pch = self.precompiled_header(inst)
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
            *([f"-I{pch}"] if pch else []),
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
        readable = [stage.parent, *([pch] if pch else []), *self.readable_paths(inst)]
        for cmd, failure in ((compile_cmd, "compile_error"), (link_cmd, "link_error")):
            fin = run_limited(
                task.sandbox.command(cmd, task.workdir, readable),
                cwd=task.workdir,
                timeout=self.build_timeout,
                output_cap=1 << 18,
                preexec=task.sandbox.limiter(),
            )
            if fin.timed_out:
                return result(False, "timeout", f"build exceeded {self.build_timeout:.0f} s\n{fin.stderr}")
            if fin.returncode != 0:
                return result(False, failure, fin.stderr or f"exit {fin.returncode or fin.signal}")
        return result(True, "ok", fin.stderr)

    # -- running ---------------------------------------------------------------------------
    def run(self, build: Build, problem: Problem, workers: int, limits: RunLimits, installation: Installation) -> Run:
        """One process at a worker count; the verdict is read only from lines carrying the secret."""
        secret = secrets.token_hex(16)
        rtol = problem.rtol if problem.rtol is not None else 1e-6
        fields = (
            secret,
            problem.validation_size,
            problem.validation_trials,
            problem.timed_size,
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
                self.run_command(build.binary, workers, installation), workdir, self.readable_paths(installation)
            ),
            preexec=limits.sandbox.limiter(cpu_seconds=limits.timeout * max(workers, 1) + 5),
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
        cmd = [
            self.compiler(installation),
            *self.compile_flags(installation),
            str(src),
            "-o",
            str(work / "health"),
            *self.link_flags(installation),
        ]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            return Health(False, f"test program does not build: {trim_log(out.stderr, 600)}")
        fin = run_limited(self.run_command(work / "health", 1, installation), timeout=60)
        if fin.returncode != 0:
            return Health(False, f"test program exits with {fin.returncode or fin.signal}: {trim_log(fin.stderr, 600)}")
        return Health(True, "builds and runs")


_OOM = ("std::bad_alloc", "Cannot allocate memory", "out of memory", "Out of memory")


def verdict(fin: Finished, results: dict[str, list[str]], wrapped: bool) -> tuple[str, str]:
    """(status, explanation) of a finished run: every failure is a kind, never an exception.

    Under bubblewrap a child killed by a signal shows as exit 128 + signal.
    """
    signal = fin.signal
    if signal is None and wrapped and fin.returncode is not None and fin.returncode > 128:
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


def parse_results(stdout: str, secret: str) -> dict[str, list[str]]:
    """key -> values of the harness lines that carry this run's secret; everything else is ignored."""
    prefix = f"{RESULT_TAG} {secret} "
    found: dict[str, list[str]] = {}
    for line in stdout.splitlines():
        if line.startswith(prefix):
            key, _, value = line[len(prefix) :].partition(" ")
            found.setdefault(key, []).append(value.strip())
    return found
