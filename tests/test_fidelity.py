"""Problems with a ParEval id judge held-out answers as ParEval's definitions require.

tests/heldout/<problem>/<name>.cpp are answers that no shipped solution resembles, each saying
on its first line what it must be judged (`// expect: valid` or `// expect: invalid`):
ParEval-defined answers (33's reverse prefix sum, 51 using or repeating `edgeKernel`), correct
answers of ParEval's baseline complexity that must finish at the default (pareval) sizes (O(n²)
13, 14, 34 and 42), tiled answers whose partial tile is wrong (00, 01, 02, 03, 04, 10, 12, 14,
53), and answers that ParEval's drivers reject or accept for reasons of input state or
tolerance (accumulating into stale outputs, single-precision arithmetic, pivoting).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import hpxeval, needs_gxx, rows

pytestmark = [needs_gxx, pytest.mark.slow]
HELD_OUT = Path(__file__).parent / "heldout"


def held_out() -> list[tuple[str, str, str, str]]:
    """(problem, name, expected verdict, code) for every held-out answer."""
    found = []
    for path in sorted(HELD_OUT.glob("*/*.cpp")):
        first, _, _ = path.read_text().partition("\n")
        expected = first.removeprefix("// expect: ").strip()
        assert expected in ("valid", "invalid"), f"{path}: first line must be '// expect: valid|invalid'"
        found.append((path.parent.name, path.stem, expected, path.read_text()))
    return found


def test_held_out_answers_are_judged_as_pareval_defines(tmp_path):
    answers = held_out()
    lines = [
        {"problem": problem, "runtime": "serial", "sample": 0, "model": f"{problem}/{name}", "text": code}
        for problem, name, _, code in answers
    ]
    (tmp_path / "heldout.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    problems = sorted({a[0] for a in answers})
    selection = [arg for p in problems for arg in ("--problem", p)]
    # five timed repetitions at the default (pareval) sizes: the O(n²) answers must finish in time
    hpxeval("run", "--model", "replay:heldout.jsonl", "--runtime", "serial", *selection, "--workers", "1", cwd=tmp_path)
    got = dict(rows(tmp_path / "hpxeval.duckdb", "SELECT model, valid FROM sample_verdicts"))
    expected = {f"{problem}/{name}": verdict == "valid" for problem, name, verdict, _ in answers}
    wrong = {
        model: ("valid" if got.get(model) else "invalid") for model in expected if got.get(model) != expected[model]
    }
    assert not wrong, f"judged otherwise than expected: {wrong}"
    slow = rows(
        tmp_path / "hpxeval.duckdb",
        "SELECT c.model, r.status, len(r.times) FROM completions c JOIN samples s USING (completion_id)"
        " JOIN runs r ON r.code_sha = s.code_sha AND r.problem = c.problem"
        " WHERE c.model LIKE '%on2' OR c.model LIKE '%slow' OR c.model LIKE '%quadratic'",
    )
    assert sorted(slow) == [(m, "valid", 5) for m in sorted(m for m, *_ in slow)] and len(slow) == 5
