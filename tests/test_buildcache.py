"""Do each piece of work once: dedupe by code, a build cache shared across DuckDB files, --no-cache, pinning."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hpxeval.buildcache import BuildCache, cacheable
from hpxeval.records import Build
from support import XOR, hpxeval, needs_gxx, rows

SIG = "bool reduceLogicalXOR(std::vector<bool> const& x)"
CODES = {
    "loop": SIG + " {\n  bool r = false;\n  for (bool v : x) r ^= v;\n  return r;\n}\n",
    "count": SIG + " {\n  return std::count(x.begin(), x.end(), true) % 2 == 1;\n}\n",
    "accumulate": SIG
    + " {\n  return std::accumulate(x.begin(), x.end(), 0, [](int a, bool b) { return a ^ b; }) != 0;\n}\n",
    "wrong": SIG + " {\n  return x.size() % 2 == 1;\n}\n",
    "broken": SIG + " {\n  return x.begin()\n}\n",
}
COPIES = 12


def _build(ok: bool, status: str, log: str = "", binary: Path | None = None) -> Build:
    return Build("sha", "p", "serial", "g++", ok, status, 1.0, log, binary)


def test_only_outcomes_decided_by_the_inputs_are_cacheable(tmp_path):
    binary = tmp_path / "sample"
    binary.write_bytes(b"\x7fELF")
    assert cacheable(_build(True, "ok", binary=binary), 0)
    assert not cacheable(_build(True, "ok", binary=tmp_path / "missing"), 0)
    assert cacheable(_build(False, "compile_error", "error: expected ';'"), 1)
    assert cacheable(_build(False, "link_error", "undefined reference to `helper()'"), 1)
    assert not cacheable(_build(False, "link_error", "/usr/bin/ld: cannot find harness.o: No such file"), 1)
    assert not cacheable(_build(False, "compile_error", "virtual memory exhausted: Cannot allocate memory"), 1)
    assert not cacheable(_build(False, "compile_error", "internal compiler error: Segmentation fault"), 4)
    assert not cacheable(_build(False, "compile_error", "g++: fatal error: Killed signal terminated program"), 1)
    assert not cacheable(_build(False, "timeout", "build exceeded 300 s"), None)
    oom = "cc1plus: out of memory allocating 65536 bytes after a total of 2147483648 bytes"
    assert not cacheable(_build(False, "compile_error", oom), 1)
    assert not cacheable(_build(False, "compile_error", "bwrap: No permissions to creating new namespace"), 1)


def test_cache_round_trip_copies_the_binary(tmp_path):
    binary = tmp_path / "work" / "sample"
    binary.parent.mkdir()
    binary.write_bytes(b"binary bytes")
    cache = BuildCache(tmp_path / "cache")
    assert cache.get("ab" * 32, tmp_path / "w2") is None
    assert cache.put("ab" * 32, _build(True, "ok", "warning: x", binary), 0)
    hit = cache.get("ab" * 32, tmp_path / "w2")
    assert hit.cached and hit.ok and hit.log == "warning: x" and hit.seconds == 1.0
    assert hit.binary == tmp_path / "w2" / "sample" and hit.binary.read_bytes() == b"binary bytes"
    assert cache.stats().entries == 1
    assert cache.clear().entries == 1 and cache.stats().entries == 0


def _corpus(path: Path) -> Path:
    lines = [
        {"problem": XOR, "runtime": "openmp", "sample": i * len(CODES) + j, "model": "m", "text": text}
        for i in range(COPIES)
        for j, text in enumerate(CODES.values())
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def _evaluate(cwd: Path, db: str, *extra: str):
    return hpxeval(
        "run", "--model", "replay:corpus.jsonl", "--runtime", "openmp", "--workers", "1,2",
        "--repetitions", "0", "--db", db, *extra, cwd=cwd,
    )  # fmt: skip


VERDICTS = {"loop": True, "count": True, "accumulate": True, "wrong": False, "broken": False}


def _verdicts_by_code(db: Path) -> dict[str, set[bool]]:
    found: dict[str, set[bool]] = {}
    for sample, valid in rows(db, "SELECT sample, valid FROM sample_verdicts"):
        found.setdefault(list(CODES)[sample % len(CODES)], set()).add(valid)
    return found


@needs_gxx
@pytest.mark.slow
def test_sixty_samples_five_codes_build_once_and_share_the_cache_across_stores(tmp_path, monkeypatch):
    _corpus(tmp_path / "corpus.jsonl")
    cache = tmp_path / "cache"
    monkeypatch.setenv("HPXEVAL_CACHE", str(cache))
    first = _evaluate(tmp_path, "a.duckdb")
    a = tmp_path / "a.duckdb"
    assert rows(a, "SELECT count(*), count(DISTINCT code_sha) FROM builds") == [(5, 5)]
    assert rows(a, "SELECT count(*) FROM samples") == [(60,)]
    assert _verdicts_by_code(a) == {name: {valid} for name, valid in VERDICTS.items()}
    # 3 valid codes at 2 worker counts, the wrong one invalid at 1 and skipped at 2; the broken one never runs
    timed = "SELECT status, count(*) FROM runs WHERE repetition >= 0 GROUP BY status ORDER BY status"
    assert rows(a, timed) == [
        ("invalid", 1),
        ("skipped", 1),
        ("valid", 6),
    ]
    assert "builds: 5 new, 0 cached" in first.stderr
    assert BuildCache(cache / "builds").stats().entries == 5  # four that built and the compile error

    second = _evaluate(tmp_path, "b.duckdb")
    b = tmp_path / "b.duckdb"
    assert "builds: 5 new (5 from the build cache)" in second.stderr
    same = "SELECT code_sha, ok, status, seconds, log FROM builds ORDER BY code_sha"
    assert rows(b, same) == rows(a, same)
    assert _verdicts_by_code(b) == _verdicts_by_code(a)


@needs_gxx
@pytest.mark.slow
def test_no_cache_builds_every_sample_afresh_and_writes_no_cache(tmp_path, monkeypatch):
    lines = _corpus(tmp_path / "corpus.jsonl").read_text().splitlines()[:10]  # two copies of each code
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n")
    cache = tmp_path / "cache"
    monkeypatch.setenv("HPXEVAL_CACHE", str(cache))
    out = _evaluate(tmp_path, "n.duckdb", "--no-cache")
    db = tmp_path / "n.duckdb"
    assert "builds: 5 new, 0 cached, 5 duplicate builds done again (--no-cache)" in out.stderr
    assert rows(db, "SELECT count(*), count(DISTINCT code_sha) FROM builds") == [(5, 5)]
    assert _verdicts_by_code(db) == {name: {valid} for name, valid in VERDICTS.items()}
    assert not (cache / "builds").exists() and not (cache / "drivers").exists() and not (cache / "pch").exists()


PINNED_ONLY = (
    "#include <sched.h>\n" + SIG + " {\n  cpu_set_t set;\n  sched_getaffinity(0, sizeof set, &set);\n"
    "  bool r = false;\n  for (bool v : x) r ^= v;\n  return CPU_COUNT(&set) == 1 ? r : !r;\n}\n"
)


@needs_gxx
@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="pinning is observable only with two or more cores")
def test_pinned_runs_see_only_their_cores(tmp_path):
    line = {"problem": XOR, "runtime": "openmp", "sample": 0, "model": "m", "text": PINNED_ONLY}
    (tmp_path / "corpus.jsonl").write_text(json.dumps(line) + "\n")
    core = min(os.sched_getaffinity(0))
    _evaluate(tmp_path, "pinned.duckdb", "--workers", "1", "--pin", str(core))
    _evaluate(tmp_path, "free.duckdb", "--workers", "1")
    timed = "SELECT status FROM runs WHERE repetition >= 0"
    assert rows(tmp_path / "pinned.duckdb", timed) == [("valid",)]
    assert rows(tmp_path / "free.duckdb", timed) == [("invalid",)]


def test_pin_to_a_core_that_does_not_exist_is_a_clear_error(tmp_path):
    out = hpxeval("run", "--pin", "4096", "--problem", XOR, cwd=tmp_path, check=False)
    assert out.returncode == 2
    assert "evaluation.pin: [4096] — cores this process may use:" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_sandbox_that_cannot_start_stops_the_run_and_caches_nothing(tmp_path, monkeypatch):
    """Nested containers and AppArmor can forbid bubblewrap's namespaces; that cannot be made on
    this machine without changing it for everyone, so a `bwrap` that fails as such a host's does
    stands first on PATH. The run must stop with bubblewrap's words, judging and caching nothing."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "bwrap").write_text("#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n")
    (fake / "bwrap").chmod(0o755)
    cache = tmp_path / "cache"
    monkeypatch.setenv("HPXEVAL_CACHE", str(cache))
    monkeypatch.setenv("PATH", f"{fake}:{os.environ['PATH']}")
    out = hpxeval(
        "run",
        "--model",
        "reference",
        "--runtime",
        "serial",
        "--problem",
        XOR,
        "--workers",
        "1",
        cwd=tmp_path,
        check=False,
    )
    assert out.returncode == 2, out.stderr
    assert "sandbox: bubblewrap cannot start here (bwrap: No permissions to create new namespace)" in out.stderr
    assert "Traceback" not in out.stderr
    assert rows(tmp_path / "hpxeval.duckdb", "SELECT count(*) FROM builds") == [(0,)]
    assert not list(cache.rglob("build.json"))
