"""Finding Charm++ installations: a built tree or prefix holding bin/charmc and include/charm++.h."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

from hpxeval.records import Installation

STANDARD_ROOT = Path("/opt/charm")
_VERSION = re.compile(r"#define\s+CHARM_VERSION\s+(\d+)")
_FLAG = r"^#define\s+{}\s+1\b"


def version_of(prefix: Path) -> str | None:
    """The version of include/charm-version.h (CHARM_VERSION 80000 -> "8.0.0")."""
    path = prefix / "include" / "charm-version.h"
    m = _VERSION.search(path.read_text(errors="replace")) if path.is_file() else None
    if m is None:
        return None
    n = int(m.group(1))
    return f"{n // 10000}.{n // 100 % 100}.{n % 100}"


def shared_memory(prefix: Path) -> bool:
    """Whether the build runs all PEs in one process (multicore, or SMP), as samples assume."""
    text = (prefix / "include" / "conv-mach.h").read_text(errors="replace")
    return any(re.search(_FLAG.format(flag), text, re.M) for flag in ("CMK_MULTICORE",))


def is_installation(prefix: Path) -> bool:
    return (prefix / "bin" / "charmc").is_file() and (prefix / "include" / "charm++.h").is_file()


def candidates(options: dict[str, Any]) -> list[tuple[str, Path]]:
    """(where it came from, path) for every place Charm++ is looked for, in priority order."""
    found: list[tuple[str, Path]] = []
    for name, path in (options.get("installations") or {}).items():
        found.append((f"config [runtimes.charm] installations.{name}", Path(path)))
    for var in ("CHARM_HOME", "CHARMDIR"):
        if os.environ.get(var):
            found.append((var, Path(os.environ[var])))
    charmc = shutil.which("charmc")
    if charmc is not None:
        found.append(("charmc on PATH", Path(charmc).resolve().parent.parent))
    root = Path(options.get("root", STANDARD_ROOT))
    if root.is_dir():
        found.extend((f"{root}/*", p) for p in sorted(root.iterdir()) if p.is_dir())
    return found


def discover(options: dict[str, Any]) -> tuple[list[Installation], list[str]]:
    """Installations found (one per version, first place wins) and notes on places without one."""
    insts: dict[str, Installation] = {}
    notes = []
    for origin, path in candidates(options):
        if not is_installation(path):
            if not origin.endswith("/*"):
                notes.append(f"{origin}: {path} has no bin/charmc with include/charm++.h")
            continue
        version = version_of(path)
        if version is None:
            notes.append(f"{origin}: {path}/include/charm-version.h has no readable CHARM_VERSION")
            continue
        if not shared_memory(path):
            notes.append(
                f"{origin}: {path} is not a multicore build (samples share one address space across PEs); "
                "build the multicore-linux-x86_64 target"
            )
            continue
        if version not in insts:
            prefix = path.resolve()
            details = {"charmc": str(prefix / "bin" / "charmc"), "origin": origin}
            insts[version] = Installation("charm", version, version, prefix, details)
    return list(insts.values()), notes
