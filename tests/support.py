"""Helpers shared by the tests (imported as `support`; tests/ is on sys.path under pytest)."""

from __future__ import annotations

import json
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


def assert_references_valid(runtime: str, versions: list[str], cwd: Path) -> None:
    """The runtime's reference solutions (transform, reduce, histogram: 15 problems) are valid and
    strict at 1 and 2 workers on every installation."""
    categories = ("--category", "transform", "--category", "reduce", "--category", "histogram")
    hpxeval("run", "--model", "reference", "--runtime", runtime, *categories, "--workers", "1,2",
            "--repetitions", "0", cwd=cwd)  # fmt: skip
    db = cwd / "hpxeval.duckdb"
    got = rows(db, "SELECT problem, valid, strict, valid_on FROM sample_verdicts ORDER BY problem")
    assert len(got) == 15
    for problem, valid, strict, valid_on in got:
        assert valid and strict, problem
        assert valid_on == sorted(versions), problem
    runs = rows(db, "SELECT workers, count(*) FROM runs WHERE status = 'valid' GROUP BY workers ORDER BY workers")
    assert runs == [(1, 15 * len(versions)), (2, 15 * len(versions))]


def replay_held_out(runtime: str, texts: list[str], cwd: Path) -> Path:
    """Judge held-out answers to problem 25 (sample i is texts[i]) at 1 and 2 workers; the store."""
    lines = [
        {"problem": XOR, "runtime": runtime, "sample": i, "model": "held-out", "text": text}
        for i, text in enumerate(texts)
    ]
    (cwd / "h.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    hpxeval("run", "--model", "replay:h.jsonl", "--runtime", runtime, "--problem", XOR, "--workers", "1,2",
            "--repetitions", "1", cwd=cwd)  # fmt: skip
    return cwd / "hpxeval.duckdb"


def held_out_verdict(db: Path, index: int) -> tuple[tuple, list[tuple]]:
    """((built, valid, strict), [(workers, run status), …]) of held-out sample `index`."""
    (verdict,) = rows(db, f"SELECT built, valid, strict FROM sample_verdicts WHERE sample = {index}")
    statuses = rows(
        db,
        "SELECT r.workers, r.status FROM runs r JOIN sample_verdicts sv USING (code_sha) "
        f"WHERE sv.sample = {index} ORDER BY r.workers",
    )
    return verdict, statuses
