"""The persistent, content-addressed build cache shared by every DuckDB file of a user.

A key covers everything that decides a build's outcome: the sample's code, the problem's driver
and baseline, the harness, the runtime, the installation, the compiler and every flag. A hit
hands back the stored outcome (and, for a build that succeeded, a copy of its binary), so the
same code is compiled once per installation however many samples, models or experiments
produced it. Only outcomes that the inputs alone decide are stored: a successful build, a plain
compile error, a link error of the sample's own symbols; never a timeout, a compiler crash, a
lack of memory or a missing file.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from attrs import asdict, define
from hpxeval.records import Build

BINARY = "sample"
RECORD = "build.json"
_SAMPLE_LINK_ERRORS = ("undefined reference", "multiple definition")  # the sample's fault, not the setup's
_TRANSIENT = (  # the machine's or the setup's fault: never stored
    "virtual memory exhausted",
    "Cannot allocate memory",
    "out of memory",
    "internal compiler error",
    "Killed",
    "No such file",
    "bwrap:",
)


@define(frozen=True)
class CacheStats:
    """What the cache holds: entries and bytes."""

    entries: int
    bytes: int


class BuildCache:
    """Build outcomes and binaries under `root/<key[:2]>/<key>/`."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _entry(self, key: str) -> Path:
        return self.root / key[:2] / key

    def get(self, key: str, workdir: Path) -> Build | None:
        """The stored outcome for a key, its binary copied into `workdir`; None on a miss."""
        entry = self._entry(key)
        try:
            record = json.loads((entry / RECORD).read_text())
        except (OSError, ValueError):
            return None
        binary = None
        if record["ok"]:
            workdir.mkdir(parents=True, exist_ok=True)
            binary = workdir / BINARY
            try:
                shutil.copy2(entry / BINARY, binary)
            except OSError:
                return None
        record.update(binary=binary, cached=True)
        return Build(**record)

    def put(self, key: str, build: Build, returncode: int | None) -> bool:
        """Store an outcome if the inputs alone decided it; True when stored."""
        if not cacheable(build, returncode):
            return False
        entry = self._entry(key)
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{key[:8]}-", dir=entry.parent))
        try:
            if build.ok:
                shutil.copy2(build.binary, tmp / BINARY)
            record = {k: v for k, v in asdict(build).items() if k not in ("binary", "cached")}
            (tmp / RECORD).write_text(json.dumps(record))
            os.replace(tmp, entry) if not entry.exists() else shutil.rmtree(tmp)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            return False
        return True

    def stats(self) -> CacheStats:
        entries, size = 0, 0
        for record in self.root.glob(f"*/*/{RECORD}"):
            entries += 1
            size += sum(f.stat().st_size for f in record.parent.iterdir() if f.is_file())
        return CacheStats(entries, size)

    def clear(self) -> CacheStats:
        """Remove every entry; returns what was removed."""
        removed = self.stats()
        shutil.rmtree(self.root, ignore_errors=True)
        return removed


def cacheable(build: Build, returncode: int | None) -> bool:
    """Whether an outcome is a function of the inputs: success, or a compiler's plain error exit."""
    if build.ok:
        return build.binary is not None and build.binary.is_file()
    if build.status not in ("compile_error", "link_error") or returncode != 1:
        return False
    if any(marker in build.log for marker in _TRANSIENT):
        return False
    return build.status == "compile_error" or any(marker in build.log for marker in _SAMPLE_LINK_ERRORS)
