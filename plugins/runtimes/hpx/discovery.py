"""Finding HPX installations and reading their version and build flags from the installation itself."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hpxeval.records import Installation, sha256
from hpxeval.runtimes import RuntimeUnavailable
from hpxeval.toolchain import cache_dir, compiler_id, locked

STANDARD_ROOT = Path("/opt/hpx")
_VERSION = re.compile(r'set\(\s*PACKAGE_VERSION\s+"([^"]+)"')
_COMPILER = re.compile(r'set\(\s*HPX_CXX_COMPILER\s+"([^"]+)"')


class ProbeError(RuntimeUnavailable):
    """An installation whose CMake package cannot be configured (the message says why; shown to the user)."""


def cmake_dir(prefix: Path) -> Path | None:
    """The directory holding HPXConfig.cmake under a prefix (or the prefix itself)."""
    for candidate in (
        prefix,
        prefix / "lib" / "cmake" / "HPX",
        prefix / "lib64" / "cmake" / "HPX",
        prefix / "lib" / "x86_64-linux-gnu" / "cmake" / "HPX",
    ):
        if (candidate / "HPXConfig.cmake").is_file():
            return candidate
    return None


def version_of(config_dir: Path) -> str | None:
    """PACKAGE_VERSION from HPXConfigVersion.cmake."""
    path = config_dir / "HPXConfigVersion.cmake"
    if not path.is_file():
        return None
    m = _VERSION.search(path.read_text(errors="replace"))
    return m.group(1) if m else None


def compiler_of(config_dir: Path) -> str | None:
    """The C++ compiler HPX was built with (HPX_CXX_COMPILER in HPXConfig.cmake), if recorded."""
    m = _COMPILER.search((config_dir / "HPXConfig.cmake").read_text(errors="replace"))
    return m.group(1) if m else None


def same_compiler(a: str, b: str) -> bool:
    """Whether two compiler commands name the same executable (/usr/bin/c++ and g++ often do)."""
    found = [shutil.which(c) for c in (a, b)]
    return None not in found and os.path.realpath(found[0]) == os.path.realpath(found[1])


def choose_compiler(config_dir: Path, version: str, options: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """(installation name, details) for the compiler samples are built with.

    HPX's own compiler by default (its CMake package refuses another); `[runtimes.hpx] cxx`
    overrides it, and then the name says so (`1.10.0+clang++`) so its results stay apart.
    """
    own = compiler_of(config_dir)
    own = own if own and shutil.which(own) else "g++"
    wanted = str(options.get("cxx") or own)
    details = {"cxx": wanted, "cxx_id": compiler_id(wanted), "hpx_cxx": own}
    if same_compiler(wanted, own):
        return version, details
    return f"{version}+{Path(wanted).name}", details


def prefix_of(config_dir: Path) -> Path:
    """The installation prefix of a lib/cmake/HPX directory."""
    parts = config_dir.parts
    if "lib" in parts or "lib64" in parts:
        index = max(i for i, p in enumerate(parts) if p in ("lib", "lib64"))
        return Path(*parts[:index])
    return config_dir


def candidates(options: dict[str, Any]) -> list[tuple[str, Path]]:
    """(where it came from, path) for every place HPX is looked for, in priority order."""
    found: list[tuple[str, Path]] = []
    for name, path in (options.get("installations") or {}).items():
        found.append((f"config [runtimes.hpx] installations.{name}", Path(path)))
    if os.environ.get("HPX_DIR"):
        found.append(("HPX_DIR", Path(os.environ["HPX_DIR"])))
    for entry in filter(None, os.environ.get("CMAKE_PREFIX_PATH", "").split(":")):
        found.append(("CMAKE_PREFIX_PATH", Path(entry)))
    root = Path(options.get("root", STANDARD_ROOT))
    if root.is_dir():
        found.extend((f"{root}/*", p) for p in sorted(root.iterdir()) if p.is_dir())
    return found


def discover(options: dict[str, Any]) -> tuple[list[Installation], list[str]]:
    """Installations found (one per version, first place wins) and notes on places that had none."""
    insts: dict[str, Installation] = {}
    notes = []
    for origin, path in candidates(options):
        config = cmake_dir(path)
        if config is None:
            if not origin.endswith("/*"):
                notes.append(f"{origin}: {path} has no HPXConfig.cmake (looked in lib/cmake/HPX, lib64/cmake/HPX)")
            continue
        version = version_of(config)
        if version is None:
            notes.append(f"{origin}: {config} has no readable HPXConfigVersion.cmake")
            continue
        if version not in insts:
            name, details = choose_compiler(config, version, options)
            details.update(cmake_dir=str(config), origin=origin)
            insts[version] = Installation("hpx", name, version, prefix_of(config), details)
    return sorted(
        insts.values(), key=lambda i: [int(x) if x.isdigit() else x for x in re.split(r"[.]", i.version)]
    ), notes


PROBE_CMAKE = """cmake_minimum_required(VERSION 3.13)
project(hpxeval_probe CXX)
find_package(HPX REQUIRED)
add_executable(probe probe.cpp)
if(TARGET HPX::wrap_main)
  target_link_libraries(probe PRIVATE HPX::hpx HPX::wrap_main)
else()
  target_link_libraries(probe PRIVATE HPX::hpx)
endif()
"""


def probe(inst: Installation, cxx: str = "g++") -> dict[str, list[str]]:
    """Compile and link flags of the CMake targets HPX::hpx and HPX::wrap_main, cached per installation.

    The flags are read from a configured CMake project once; per-sample builds then call the
    compiler directly (CMake's own link line is the one known to work: the pkg-config file of
    1.10.0 lists the wrap/init archives in an order that fails to link).
    """
    key = sha256(f"{inst.prefix}|{inst.version}|{cxx}")[:16]
    cached = cache_dir() / "hpx" / f"{inst.version}-{key}.json"
    work = cached.with_suffix("")
    if not cached.is_file():
        with locked(work):  # parallel builds ask at once: one CMake run, the others wait for it
            if not cached.is_file():
                tmp = cached.with_name(cached.name + ".tmp")
                tmp.write_text(json.dumps(_configure(inst, cxx, work)))
                tmp.rename(cached)
    return json.loads(cached.read_text())


def _configure(inst: Installation, cxx: str, work: Path) -> dict[str, list[str]]:
    """Configure the probe project in `work` and read its flags; ProbeError when CMake refuses."""
    (work / "src").mkdir(parents=True, exist_ok=True)
    (work / "src" / "CMakeLists.txt").write_text(PROBE_CMAKE)
    (work / "src" / "probe.cpp").write_text("int main() { return 0; }\n")
    cmd = [
        "cmake",
        "-S",
        str(work / "src"),
        "-B",
        str(work / "build"),
        f"-DHPX_DIR={inst.details['cmake_dir']}",
        "-DCMAKE_BUILD_TYPE=Release",
        f"-DCMAKE_CXX_COMPILER={cxx}",
        "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
    ]
    if not same_compiler(cxx, inst.details.get("hpx_cxx", cxx)):
        cmd.append("-DHPX_IGNORE_COMPILER_COMPATIBILITY=ON")  # asked for in [runtimes.hpx] cxx
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise ProbeError(f"hpx {inst.version} at {inst.prefix}: CMake cannot use it:\n{out.stderr[-1500:]}")
    return {"compile": _compile_flags(work / "build"), "link": _link_flags(work / "build")}


def _compile_flags(build: Path) -> list[str]:
    (entry,) = json.loads((build / "compile_commands.json").read_text())
    args = shlex.split(entry["command"])[1:]
    kept, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-o", "-c"):
            skip = True
        elif not arg.endswith("probe.cpp"):
            kept.append(arg)
    return kept


def _link_flags(build: Path) -> list[str]:
    link = next(build.glob("CMakeFiles/probe.dir/link.txt"))
    args = shlex.split(link.read_text())[1:]
    kept, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg == "-o":
            skip = True
        elif not arg.endswith(".o"):
            kept.append(arg)
    return kept
