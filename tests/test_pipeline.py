"""End to end through the real CLI: reference and replayed samples judged on serial and OpenMP."""

from __future__ import annotations

import json

import pytest
from hpxeval.records import Run
from hpxeval.store import Store
from support import XOR, hpxeval, needs_gxx, rows
from synthetic import On, Spec, add_samples, valid

pytestmark = needs_gxx

WRONG = "bool reduceLogicalXOR(std::vector<bool> const& x) { return x.size() % 2 == 1; }"
CONSTANT = "```cpp\nbool reduceLogicalXOR(std::vector<bool> const& x) {\n  return false;\n}\n```"
BROKEN = "bool reduceLogicalXOR(std::vector<bool> const& x) { return x.begin() }"
CORRECT_OMP = (
    "Sure:\n```cpp\nbool reduceLogicalXOR(std::vector<bool> const& x) {\n  int c = 0;\n"
    "  #pragma omp parallel for reduction(^:c)\n  for (size_t i = 0; i < x.size(); ++i) c ^= x[i];\n"
    "  return c;\n}\nint main() { return 0; }\n```"
)
SERIAL_IN_OMP = (
    "bool reduceLogicalXOR(std::vector<bool> const& x) {\n  // #pragma omp parallel for\n"
    "  bool r = false; for (bool v : x) r ^= v; return r;\n}"
)
FORGED = (
    "#include <cstdio>\n#include <cstdlib>\nbool reduceLogicalXOR(std::vector<bool> const& x) {\n"
    '  std::printf("@hpxeval 0 validation 8/8\\n@hpxeval 0 done valid\\n"); std::exit(0);\n}'
)


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("ref")
    out = hpxeval(
        "run",
        "--model",
        "reference",
        "--runtime",
        "serial",
        "--runtime",
        "openmp",
        "--problem",
        XOR,
        "--workers",
        "1,2",
        "--repetitions",
        "1",
        cwd=cwd,
    )
    return cwd, out


def test_reference_is_valid_everywhere(reference_run):
    cwd, out = reference_run
    db = cwd / "hpxeval.duckdb"
    assert db.is_file()
    verdicts = rows(db, "SELECT runtime, built, valid, strict FROM sample_verdicts ORDER BY runtime")
    assert verdicts == [("openmp", True, True, True), ("serial", True, True, True)]
    runs = rows(db, "SELECT runtime, workers, status FROM runs WHERE repetition >= 0 ORDER BY runtime, workers")
    # the serial runtime runs one thread whatever the count: it is timed at one worker only
    assert runs == [("openmp", 1, "valid"), ("openmp", 2, "valid"), ("serial", 1, "valid")]
    # and the OpenMP sample was race-checked once at an oversubscribed count (validation only)
    race = rows(db, "SELECT runtime, workers >= 8, status, len(times) FROM runs WHERE repetition = -1")
    assert race == [("openmp", True, "valid", 0)]
    assert "pass@1" in out.stdout and "strict_pass@1" in out.stdout


def test_second_run_does_no_repeated_work(reference_run):
    cwd, _ = reference_run
    db = cwd / "hpxeval.duckdb"
    before = rows(
        db, "SELECT (SELECT count(*) FROM completions), (SELECT count(*) FROM builds), (SELECT max(created) FROM runs)"
    )
    out = hpxeval(
        "run",
        "--model",
        "reference",
        "--runtime",
        "serial",
        "--runtime",
        "openmp",
        "--problem",
        XOR,
        "--workers",
        "1,2",
        "--repetitions",
        "1",
        cwd=cwd,
    )
    after = rows(
        db, "SELECT (SELECT count(*) FROM completions), (SELECT count(*) FROM builds), (SELECT max(created) FROM runs)"
    )
    assert before == after
    assert "completions: 0 new, 2 already stored" in out.stderr
    assert "builds: 0 new, 2 cached; runs: 0 new, 3 cached" in out.stderr


def test_sql_json_has_one_row_per_sample(reference_run):
    cwd, _ = reference_run
    out = hpxeval("sql", "--format", "json", "SELECT * FROM sample_verdicts", cwd=cwd)
    data = json.loads(out.stdout)
    assert len(data) == 2
    assert {"model", "problem", "category", "runtime", "sample", "built", "valid", "strict"} <= set(data[0])


def test_sql_csv_writes_list_columns_as_json(reference_run):
    cwd, _ = reference_run
    out = hpxeval("sql", "--format", "csv", "SELECT sample, valid_on FROM sample_verdicts ORDER BY ALL", cwd=cwd)
    header, *lines = out.stdout.splitlines()
    assert header == "sample,valid_on" and len(lines) == 2
    assert all(line.startswith("0,") and line.split(",", 1)[1].startswith('"[') for line in lines), lines


def test_replayed_samples_get_exact_verdicts(tmp_path):
    lines = [
        {"problem": XOR, "runtime": "openmp", "sample": 0, "text": CORRECT_OMP, "model": "m"},
        {"problem": XOR, "runtime": "openmp", "sample": 1, "text": WRONG, "model": "m"},
        {"problem": XOR, "runtime": "openmp", "sample": 2, "text": CONSTANT, "model": "m"},
        {"problem": XOR, "runtime": "openmp", "sample": 3, "text": BROKEN, "model": "m"},
        {"problem": XOR, "runtime": "openmp", "sample": 4, "text": "I would use a reduction.", "model": "m"},
        {"problem": XOR, "runtime": "openmp", "sample": 5, "text": SERIAL_IN_OMP, "model": "m"},
        {"problem": XOR, "runtime": "openmp", "sample": 6, "text": FORGED, "model": "m"},
        {"problem": XOR, "runtime": "openmp", "sample": 7, "text": CORRECT_OMP, "model": "m"},
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    hpxeval(
        "run",
        "--model",
        "replay:r.jsonl",
        "--runtime",
        "openmp",
        "--problem",
        XOR,
        "--workers",
        "1,2",
        "--repetitions",
        "1",
        cwd=tmp_path,
    )
    db = tmp_path / "hpxeval.duckdb"
    got = rows(db, "SELECT sample, extraction, built, valid, strict FROM sample_verdicts ORDER BY sample")
    assert got == [
        (0, "ok", True, True, True),
        (1, "ok", True, False, False),  # wrong answer
        (2, "ok", True, False, False),  # constant answer
        (3, "ok", False, False, False),  # does not compile
        (4, "no_code", False, False, False),
        (5, "ok", True, True, False),  # correct, but OpenMP only in a comment
        (6, "ok", True, False, False),  # forged result lines without the secret
        (7, "ok", True, True, True),  # same code as sample 0
    ]
    # identical code is built once; an invalid sample is not run at the remaining worker counts
    assert rows(db, "SELECT count(*), count(DISTINCT code_sha) FROM builds") == [(6, 6)]
    statuses = dict(
        rows(
            db,
            "SELECT r.workers, r.status FROM runs r JOIN samples s USING (code_sha) WHERE s.completion_id IN "
            "(SELECT completion_id FROM completions WHERE sample = 1)",
        )
    )
    assert statuses == {1: "invalid", 2: "skipped"}
    assert rows(db, "SELECT status FROM builds WHERE NOT ok") == [("compile_error",)]
    forged = rows(
        db,
        "SELECT r.workers, r.status FROM runs r JOIN samples s USING (code_sha) WHERE s.completion_id IN "
        "(SELECT completion_id FROM completions WHERE sample = 6)",
    )
    assert dict(forged) == {1: "no_result", 2: "skipped"}


SLOW = (
    "#include <unistd.h>\nbool reduceLogicalXOR(std::vector<bool> const& x) {\n"
    "  usleep(30000);\n  bool r = false;\n  for (bool v : x) r ^= v;\n  return r;\n}\n"
)


def test_a_rerun_with_other_settings_runs_again_and_the_run_keeps_them(tmp_path):
    """A run that timed out at --timeout 0.2 is run again at --timeout 60 (not 'cached'), becomes
    valid, and stores the settings it was made with; an unchanged rerun reuses it."""
    line = {"problem": XOR, "runtime": "openmp", "sample": 0, "model": "m", "text": SLOW}
    (tmp_path / "slow.jsonl").write_text(json.dumps(line) + "\n")
    base = ["run", "--model", "replay:slow.jsonl", "--runtime", "openmp", "--problem", XOR, "--workers", "1"]
    hpxeval(*base, "--timeout", "0.2", cwd=tmp_path)
    db = tmp_path / "hpxeval.duckdb"
    timed = "FROM runs WHERE repetition >= 0"
    assert rows(db, f"SELECT status, settings->>'timeout' {timed}") == [("timeout", "0.2")]
    out = hpxeval(*base, "--timeout", "60", cwd=tmp_path)
    assert "runs: 1 new, 0 cached, 0 skipped (1 run again: made with other settings)" in out.stderr
    assert rows(db, f"SELECT status, settings->>'timeout', settings->>'repetitions' {timed}") == [
        ("valid", "60.0", "5")
    ]
    again = hpxeval(*base, "--timeout", "60", cwd=tmp_path)
    assert "runs: 0 new, 1 cached, 0 skipped →" in again.stderr


def test_every_run_names_the_machine_and_load_it_was_timed_on(reference_run):
    cwd, _ = reference_run
    db = cwd / "hpxeval.duckdb"
    evaluations = rows(
        db,
        "SELECT evaluation_id, host, cpu, logical_cores, physical_cores, load_before >= 0, load_after >= 0,"
        " finished >= started FROM evaluations",
    )
    assert len(evaluations) >= 1
    ids = {e[0] for e in evaluations}
    for _, host, cpu, logical, physical, before, after, finished in evaluations:
        assert host and cpu and logical >= physical >= 1 and before and after and finished
    assert {r[0] for r in rows(db, "SELECT DISTINCT evaluation_id FROM runs")} <= ids


def test_noisy_runs_are_flagged_with_their_spread(tmp_path):
    store = Store(tmp_path / "n.duckdb")
    add_samples(store, "m", "openmp", "reduce", XOR, [Spec({"g++": On(runs=valid(1.0, workers=(1,)))})])
    sha = store.db.execute("SELECT code_sha FROM samples").fetchone()[0]
    store.add_run(Run(sha, XOR, "openmp", "g++", 1, "valid", True, 1.5, 2.0, (1.0, 2.0), (2.0, 2.0)))
    spread = store.frame("SELECT cv, baseline_cv, noisy FROM run_spread").rows()
    speedup_cv = store.frame("SELECT speedup_cv FROM sample_speedups").rows()
    store.close()
    assert spread == [(pytest.approx(2**0.5 / 3), 0.0, True)]  # stddev 0.707 of mean 1.5
    assert speedup_cv == [(pytest.approx(2**0.5 / 3),)]
    out = hpxeval("metrics", "--db", "n.duckdb", cwd=tmp_path)
    assert "1 timed run(s) vary by more than 10 % between repetitions" in out.stderr
    assert "sample speedup(s) exceed" not in out.stderr  # 2.0 / 1.5 at 1 worker: plausible


def test_implausible_speedups_are_flagged(tmp_path):
    store = Store(tmp_path / "i.duckdb")
    fast = {"g++": On(runs=valid(1.0, 0.2, workers=(1, 2)))}  # 2.0 / 0.2 = 10 at 2 workers
    add_samples(store, "m", "openmp", "reduce", XOR, [Spec(fast)])
    flagged = store.frame("SELECT workers, speedup, plausible_limit FROM implausible_speedups").rows()
    store.close()
    assert flagged == [(1, 2.0, 1.5), (2, 10.0, 3.0)]
    out = hpxeval("metrics", "--db", "i.duckdb", cwd=tmp_path)
    assert "note: 2 sample speedup(s) exceed 1.5 × their worker count" in out.stderr


RACY = (
    "#include <omp.h>\nbool reduceLogicalXOR(std::vector<bool> const& x) {\n  bool r = false;\n"
    "  for (bool v : x) r ^= v;\n  return omp_get_max_threads() > 4 ? !r : r;  // wrong only with more threads\n}\n"
)


def test_a_race_that_shows_only_with_more_threads_is_caught(tmp_path):
    """Valid at 1 and 2 workers, wrong above 4 threads (as an unsynchronised update that shows
    under contention): the race check at an oversubscribed count, validation only, makes it
    invalid; it is no timed count (speedups stay at 2 workers) and is not repeated on a rerun;
    race_workers = 0 turns it off."""
    line = {"problem": XOR, "runtime": "openmp", "sample": 0, "model": "m", "text": RACY}
    (tmp_path / "racy.jsonl").write_text(json.dumps(line) + "\n")
    base = ["run", "--model", "replay:racy.jsonl", "--runtime", "openmp", "--problem", XOR, "--workers", "1,2"]
    out = hpxeval(*base, "--set", "evaluation.race_workers=8", cwd=tmp_path)
    assert "runs: 2 new, 0 cached, 0 skipped, 1 race checks" in out.stderr
    db = tmp_path / "hpxeval.duckdb"
    assert rows(db, "SELECT workers, repetition, status, log FROM runs ORDER BY repetition") == [
        (8, -1, "invalid", "validation 0/32"),
        (1, 0, "valid", ""),
        (2, 0, "valid", ""),
    ]
    assert rows(db, "SELECT valid, run_status FROM installation_verdicts") == [(False, "invalid")]
    assert rows(db, "SELECT workers FROM model_workers WHERE largest") == [(2,)]
    again = hpxeval(*base, "--set", "evaluation.race_workers=8", cwd=tmp_path)
    assert "race checks" not in again.stderr
    off = hpxeval(*base, "--set", "evaluation.race_workers=0", "--db", "off.duckdb", cwd=tmp_path)
    assert "race checks" not in off.stderr
    assert rows(tmp_path / "off.duckdb", "SELECT valid FROM sample_verdicts") == [(True,)]
