"""The DuckDB store: idempotent keys, schema versions, the sample_verdicts rules."""

from __future__ import annotations

import duckdb
import pytest
from hpxeval.records import Build, Completion, Prompt, Request, Run, Sample, StrictCheck
from hpxeval.store import Store, StoreError, completion_id


def fill(store: Store, xor, runs_ok: dict[str, bool]) -> str:
    prompt = Prompt("25_reduce_xor", "reduce", "hpx", "prompt text")
    req = Request(prompt, 0, "m", xor)
    cid = completion_id("m", {}, prompt.sha, 0)
    store.add_prompt(prompt)
    store.add_completion(cid, "e", Completion(req, "text"))
    sample = Sample("code", "ok")
    store.add_sample(cid, "25_reduce_xor", "hpx", sample, StrictCheck(True, ("reduce",)))
    for inst, ok in runs_ok.items():
        store.add_build(Build(sample.code_sha, "25_reduce_xor", "hpx", inst, True, "ok", 1.0), inst)
        store.add_run(
            Run(
                sample.code_sha,
                "25_reduce_xor",
                "hpx",
                inst,
                1,
                "valid" if ok else "invalid",
                ok,
                seconds=1.0 if ok else None,
                baseline_seconds=2.0 if ok else None,
            )
        )
    return cid


def test_inserts_are_idempotent(tmp_path, xor):
    store = Store(tmp_path / "s.duckdb")
    fill(store, xor, {"1.10.0": True})
    fill(store, xor, {"1.10.0": True})
    counts = store.db.execute(
        "SELECT (SELECT count(*) FROM completions), (SELECT count(*) FROM samples),"
        " (SELECT count(*) FROM builds), (SELECT count(*) FROM runs)"
    ).fetchone()
    assert counts == (1, 1, 1, 1)


@pytest.mark.parametrize("rule,valid", [("any", True), ("all", False), ("1.10.0", True), ("1.5.1", False)])
def test_validity_rule_merges_installations(tmp_path, xor, rule, valid):
    store = Store(tmp_path / "s.duckdb")
    fill(store, xor, {"1.10.0": True, "1.5.1": False})
    store.set_meta("validity", rule)
    row = store.db.execute("SELECT built, valid, strict, valid_on FROM sample_verdicts").fetchone()
    assert row == (True, valid, True, ["1.10.0"])
    speed = store.db.execute("SELECT workers, speedup FROM sample_speedups").fetchall()
    assert speed == ([(1, 2.0)] if valid else [])


def test_foreign_and_newer_files_are_refused(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an hpxeval store"):
        Store(other)
    newer = tmp_path / "newer.duckdb"
    Store(newer).set_meta("schema_version", "99")
    with pytest.raises(StoreError, match="schema version 99"):
        Store(newer)
