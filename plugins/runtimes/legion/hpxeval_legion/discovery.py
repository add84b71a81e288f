"""Finding Legion installations: the `legate` wheel's bundled Legion, or a Legion prefix of your own."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from typing import Any

from attrs import define
from hpxeval.records import Installation

STANDARD_ROOT = Path("/opt/legion")
_LEGION_VERSION = re.compile(r'#define\s+LEGION_VERSION\s+"(?:legion-)?([0-9][0-9.]*)')
_REALM_VERSION = re.compile(r'#define\s+REALM_VERSION\s+"([0-9][0-9.]*)')


@define(frozen=True)
class Layout:
    """Where the headers and libraries of one Legion installation are."""

    include: Path
    libdir: Path
    libraries: tuple[str, ...]  # names for -l, Legion first


def layout_of(prefix: Path) -> Layout | None:
    """The layout under a prefix: a `legate` package directory or a plain Legion install."""
    wheel = Layout(prefix / "include" / "legate" / "deps", prefix / "lib64", ("legion-legate", "realm-legate"))
    if (wheel.include / "legion.h").is_file() and (wheel.libdir / "liblegion-legate.so").exists():
        return wheel
    for lib in ("lib", "lib64"):
        plain = Layout(prefix / "include", prefix / lib, ("legion", "realm"))
        if (plain.include / "legion.h").is_file() and (plain.libdir / "liblegion.so").exists():
            return plain
    return None


def versions_of(layout: Layout) -> tuple[str | None, str | None]:
    """(Legion version, Realm version) from legion_defines.h and realm_defines.h."""
    found = []
    for header, rx in (("legion_defines.h", _LEGION_VERSION), ("realm_defines.h", _REALM_VERSION)):
        path = layout.include / header
        m = rx.search(path.read_text(errors="replace")) if path.is_file() else None
        found.append(m.group(1).rstrip(".") if m else None)
    return found[0], found[1]


def legate_package() -> Path | None:
    """The directory of the importable `legate` package (the wheel bundles Legion), if any."""
    try:
        spec = importlib.util.find_spec("legate")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def candidates(options: dict[str, Any]) -> list[tuple[str, Path]]:
    """(where it came from, path) for every place Legion is looked for, in priority order."""
    found: list[tuple[str, Path]] = []
    for name, path in (options.get("installations") or {}).items():
        found.append((f"config [runtimes.legion] installations.{name}", Path(path)))
    if os.environ.get("LEGION_DIR"):
        found.append(("LEGION_DIR", Path(os.environ["LEGION_DIR"])))
    package = legate_package()
    if package is not None:
        found.append(("the legate package", package))
    root = Path(options.get("root", STANDARD_ROOT))
    if root.is_dir():
        found.extend((f"{root}/*", p) for p in sorted(root.iterdir()) if p.is_dir())
    return found


def discover(options: dict[str, Any]) -> tuple[list[Installation], list[str]]:
    """Installations found (one per Legion version, first place wins) and notes on places without one."""
    insts: dict[str, Installation] = {}
    notes = []
    for origin, path in candidates(options):
        layout = layout_of(path)
        if layout is None:
            if not origin.endswith("/*"):
                notes.append(
                    f"{origin}: {path} has no legion.h with liblegion (looked for the legate wheel layout "
                    "include/legate/deps + lib64, and include + lib/lib64)"
                )
            continue
        legion, realm = versions_of(layout)
        if legion is None:
            notes.append(f"{origin}: {layout.include}/legion_defines.h has no readable LEGION_VERSION")
            continue
        if legion not in insts:
            details = {
                "include": str(layout.include),
                "libdir": str(layout.libdir),
                "libraries": list(layout.libraries),
                "realm": realm or "",
                "origin": origin,
                "cuda": _uses_cuda(layout),
            }
            insts[legion] = Installation("legion", legion, legion, path, details)
    return list(insts.values()), notes


def _uses_cuda(layout: Layout) -> bool:
    """Whether the libraries were built with CUDA (then they need a libcuda.so.1 to load)."""
    defines = layout.include / "realm_defines.h"
    return defines.is_file() and re.search(r"^#define\s+REALM_USE_CUDA\b", defines.read_text(), re.M) is not None
