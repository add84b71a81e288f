"""Helpers shared by the tests (imported as `support`; tests/ is on sys.path under pytest)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
XOR = "25_reduce_xor"


def hpxeval(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run the real command line (`python -m hpxeval`) in a directory."""
    env = dict(os.environ, COLUMNS="200")
    out = subprocess.run([sys.executable, "-m", "hpxeval", *args], cwd=cwd, capture_output=True, text=True, env=env)
    if check and out.returncode != 0:
        raise AssertionError(f"hpxeval {' '.join(args)} exited {out.returncode}:\n{out.stdout}\n{out.stderr}")
    return out


def rows(db: Path, sql: str) -> list[tuple]:
    """All rows of a query on a DuckDB file, opened read-only and closed again."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


needs_gxx = pytest.mark.skipif(shutil.which("g++") is None, reason="g++ not installed")
