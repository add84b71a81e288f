"""The command line: listings, the exact prompt, and clear errors (exit 2, no traceback)."""

from __future__ import annotations

import json

import pytest
from hpxeval.store import Store
from support import XOR, hpxeval, rows


def test_problems_json_lists_ids_and_categories(tmp_path):
    data = json.loads(hpxeval("problems", "--format", "json", cwd=tmp_path).stdout)
    ids = {p["id"]: p["category"] for p in data}
    assert ids[XOR] == "reduce"
    assert all(p["id"][:2].isdigit() for p in data)
    only = json.loads(hpxeval("problems", "--category", "reduce", "--format", "json", cwd=tmp_path).stdout)
    assert {p["category"] for p in only} == {"reduce"}


def test_prompt_is_exact_and_deterministic(tmp_path):
    out = hpxeval("prompt", XOR, "--runtime", "openmp", cwd=tmp_path).stdout
    assert out == (
        "/* Return the logical XOR of all values in the vector x: true exactly when an odd number of\n"
        "   the values are true.\n"
        "   Use OpenMP to compute in parallel.\n"
        "\n"
        "   Example:\n"
        "\n"
        "   input: [false, false, false, true]\n"
        "   output: true\n"
        "*/\n"
        "bool reduceLogicalXOR(std::vector<bool> const& x) {\n"
    )
    assert hpxeval("prompt", XOR, "--runtime", "openmp", cwd=tmp_path).stdout == out


@pytest.mark.parametrize(
    "args,message",
    [
        (["run", "--runtime", "cuda"], "unknown runtime 'cuda'; installed runtimes:"),
        (["run", "--model", "gpt"], "unknown model 'gpt'; installed models:"),
        (["run", "--problem", "25_reduce_xr"], "unknown problem(s) 25_reduce_xr (did you mean 25_reduce_xor"),
        (["run", "--model", "replay:missing.jsonl"], "replay file missing.jsonl does not exist"),
        (["run", "--set", "evaluation.nope=1"], "unknown key(s) (nope)"),
        (["run", "--set", "oops"], "expected KEY=VALUE"),
        (["metrics", "--db", "absent.duckdb"], "absent.duckdb: no such DuckDB file"),
        (["sql", "--db", "x.duckdb", "SELEC 1"], "no such DuckDB file"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path, args, message):
    out = hpxeval(*args, cwd=tmp_path, check=False)
    assert out.returncode == 2, out.stderr
    assert message in out.stderr
    assert "Traceback" not in out.stderr


def test_replay_line_errors_name_the_line(tmp_path):
    (tmp_path / "r.jsonl").write_text(
        '{"problem": "25_reduce_xor", "runtime": "serial", "sample": 0, "text": "x"}\n'
        '{"problem": "25_reduce_xor", "runtime": "serial", "text": "x"}\n'
    )
    out = hpxeval("run", "--model", "replay:r.jsonl", cwd=tmp_path, check=False)
    assert out.returncode == 2
    assert "r.jsonl:2: missing field(s) sample" in out.stderr


def test_sql_table_shows_control_characters_escaped(tmp_path):
    """A sample's stored output may carry terminal escape sequences; the table must not emit them."""
    Store(tmp_path / "e.duckdb").close()
    out = hpxeval("sql", "--db", "e.duckdb", "SELECT 'a' || chr(27) || '[2Jb' || chr(7) AS s", cwd=tmp_path)
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout
    assert "a\\x1b[2Jb\\x07" in out.stdout


def test_sql_is_read_only_unless_write(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    store.set_meta("note", "kept")
    store.close()
    out = hpxeval("sql", "--db", "s.duckdb", "DELETE FROM meta WHERE key = 'note'", cwd=tmp_path, check=False)
    assert out.returncode == 2 and "s.duckdb is opened read-only; pass --write to change it" in out.stderr
    assert rows(tmp_path / "s.duckdb", "SELECT value FROM meta WHERE key = 'note'") == [("kept",)]
    hpxeval("sql", "--write", "--db", "s.duckdb", "DELETE FROM meta WHERE key = 'note'", cwd=tmp_path)
    assert rows(tmp_path / "s.duckdb", "SELECT value FROM meta WHERE key = 'note'") == []


MISSING_HPX = '[evaluation]\nruntimes = ["hpx"]\nproblems = ["25_reduce_xor"]\n[runtimes.hpx]\nroot = "/nonexistent"\n'


def test_runtimes_exits_1_when_an_asked_runtime_is_missing(tmp_path, monkeypatch):
    monkeypatch.delenv("HPX_DIR", raising=False)
    monkeypatch.delenv("CMAKE_PREFIX_PATH", raising=False)
    (tmp_path / "miss.toml").write_text(MISSING_HPX)
    out = hpxeval("runtimes", "miss.toml", "--no-health", cwd=tmp_path, check=False)
    assert out.returncode == 1 and "not usable: hpx" in out.stderr
    assert hpxeval("runtimes", "--runtime", "serial", "--no-health", cwd=tmp_path).returncode == 0


def test_a_missing_runtime_stops_run_before_generation(tmp_path, monkeypatch):
    monkeypatch.delenv("HPX_DIR", raising=False)
    monkeypatch.delenv("CMAKE_PREFIX_PATH", raising=False)
    (tmp_path / "miss.toml").write_text(MISSING_HPX)
    out = hpxeval("run", "miss.toml", cwd=tmp_path, check=False)
    assert out.returncode == 2 and "hpx: no HPX installation found" in out.stderr
    assert rows(tmp_path / "hpxeval.duckdb", "SELECT count(*) FROM completions") == [(0,)]


def test_a_wide_table_without_a_terminal_is_never_folded(tmp_path):
    """Piped into a file, every row of the metrics table is one line: no number broken in two."""
    Store(tmp_path / "w.duckdb").close()
    query = "SELECT " + ", ".join(f"123456.789::DOUBLE AS column_number_{i}" for i in range(30))
    out = hpxeval("sql", "--db", "w.duckdb", query, cwd=tmp_path)
    body = [line for line in out.stdout.splitlines() if "123456.789" in line]
    assert len(body) == 1 and body[0].count("123456.789") == 30
