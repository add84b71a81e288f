"""The CUDA driver stand-in (cuda_standin.c): built into the cache when no real libcuda.so.1 loads.

The legate wheel's Legion and Realm need libcuda.so.1 to load at all; on a machine without a
CUDA driver this small library of our own reports "no device" so that Realm runs on CPUs only.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from hpxeval.runtimes import RuntimeUnavailable
from hpxeval.toolchain import cache_dir, locked

SOURCE = Path(__file__).parent / "cuda_standin.c"


class StandinError(RuntimeUnavailable):
    """The stand-in is needed but cannot be compiled (no C compiler); the message says what to do."""


@functools.cache
def real_driver_loadable() -> bool:
    """Whether the dynamic loader finds a real CUDA driver library."""
    try:
        ctypes.CDLL("libcuda.so.1")
    except OSError:
        return False
    return True


def c_compiler() -> str | None:
    """$CC, else cc, else gcc: the first one on PATH."""
    for name in filter(None, (os.environ.get("CC"), "cc", "gcc")):
        if shutil.which(name):
            return name
    return None


def standin_dir() -> Path:
    """A directory holding libcuda.so.1 (and libcuda.so), compiled once per source version."""
    source = SOURCE.read_bytes()
    root = cache_dir() / "legion" / f"cuda-standin-{hashlib.sha256(source).hexdigest()[:16]}"
    lib = root / "libcuda.so.1"
    with locked(root):
        if lib.is_file():
            return root
        cc = c_compiler()
        if cc is None:
            raise StandinError(
                "legion: no CUDA driver (libcuda.so.1) is installed and no C compiler ($CC, cc, gcc) is found "
                "to build hpxeval's CPU-only stand-in for it; install gcc (apt install gcc)"
            )
        tmp = root / "libcuda.so.1.tmp"
        cmd = [cc, "-O2", "-shared", "-fPIC", "-Wl,-soname,libcuda.so.1", str(SOURCE), "-o", str(tmp)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise StandinError(f"legion: the CUDA stand-in {SOURCE} does not compile with {cc}:\n{out.stderr[-1500:]}")
        tmp.rename(lib)
        link = root / "libcuda.so"
        if not link.exists():
            link.symlink_to("libcuda.so.1")
    return root


def library_dirs(needs_cuda: bool) -> list[Path]:
    """Directories to put on the library path of builds and runs: the stand-in's, when one is needed."""
    if not needs_cuda or real_driver_loadable():
        return []
    return [standin_dir()]
