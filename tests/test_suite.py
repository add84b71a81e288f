"""Every shipped problem: well-formed, reference valid, deliberately wrong and constant answers invalid."""

from __future__ import annotations

import json

import pytest
from support import hpxeval, needs_gxx, rows

pytestmark = [needs_gxx, pytest.mark.slow]


def test_every_problem_folder_is_complete(problems):
    assert problems, "no problems installed"
    for p in problems.values():
        assert p.id.startswith(p.id[:2]) and p.id[:2].isdigit()
        for name in ("serial", "openmp", "wrong", "constant"):
            assert p.solution(name) is not None, f"{p.id}: solutions/{name}.cpp missing"
        assert "Example:" in p.description, f"{p.id}: description.md has no example"


def verdicts(db) -> list[tuple]:
    return rows(
        db,
        "SELECT problem, runtime, sample, extraction, built, valid FROM sample_verdicts"
        " ORDER BY problem, runtime, sample",
    )


def test_reference_is_valid_on_serial_and_openmp(tmp_path, problems):
    hpxeval(
        "run",
        "--model",
        "reference",
        "--runtime",
        "serial",
        "--runtime",
        "openmp",
        "--workers",
        "1,2",
        "--repetitions",
        "0",
        cwd=tmp_path,
    )
    got = verdicts(tmp_path / "hpxeval.duckdb")
    bad = [row for row in got if not row[5]]
    assert not bad, bad
    assert len(got) == 2 * len(problems)


def test_wrong_and_constant_solutions_are_invalid(tmp_path, problems):
    lines = []
    for p in problems.values():
        for sample, name in enumerate(("wrong", "constant")):
            lines.append(
                {
                    "problem": p.id,
                    "runtime": "serial",
                    "sample": sample,
                    "model": "saboteur",
                    "text": p.solution(name).read_text(),
                }
            )
    (tmp_path / "bad.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    hpxeval(
        "run",
        "--model",
        "replay:bad.jsonl",
        "--runtime",
        "serial",
        "--workers",
        "1",
        "--repetitions",
        "0",
        cwd=tmp_path,
    )
    got = verdicts(tmp_path / "hpxeval.duckdb")
    assert len(got) == len(lines)
    passing = [row for row in got if row[5]]
    assert not passing, f"judged valid: {passing}"
