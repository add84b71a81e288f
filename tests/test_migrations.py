"""Store schema versions: an older file is migrated in place (with a copy kept), a newer one refused.

"Version 0" is a test fixture, not a layout any release wrote: the version 1 layout without
`samples.constructs` and without the `prompts` table, made by taking a current file apart
(and removing what the real step 1 -> 2 adds). The step 0 -> 1 that the tests install is the
kind of step docs/schema.md asks for.
"""

from __future__ import annotations

import duckdb
import pytest
from hpxeval import migrations
from hpxeval.migrations import SCHEMA_VERSION, Migration, sql_step
from hpxeval.records import Build, Completion, Prompt, Request, Run, Sample, StrictCheck
from hpxeval.store import Store, StoreError, completion_id
from support import hpxeval, rows

STEP_0 = sql_step(
    0,
    "samples.constructs added (empty for old samples)",
    "ALTER TABLE samples ADD COLUMN constructs VARCHAR[]",
    "UPDATE samples SET constructs = []",
)


def layout(db) -> list[tuple]:
    """Every table and view column of a store, in order: what a migration must reproduce."""
    return rows(
        db,
        "SELECT table_name, column_name, data_type FROM information_schema.columns"
        " ORDER BY table_name, ordinal_position",
    )


def version_0_store(path, xor) -> None:
    """A store at the fixture's version 0 holding one valid sample (see the module docstring)."""
    store = Store(path)
    prompt = Prompt("25_reduce_xor", "reduce", "serial", "prompt text")
    cid = completion_id("m", {}, prompt.sha, 0)
    store.add_completion(cid, "e", Completion(Request(prompt, 0, "m", xor), "text"))
    sample = Sample("bool reduceLogicalXOR(std::vector<bool> const& x) { return true; }\n", "ok")
    store.add_sample(cid, "25_reduce_xor", "serial", sample, StrictCheck(True, ("x",)))
    store.add_build(Build(sample.code_sha, "25_reduce_xor", "serial", "g++-12", True, "ok", 1.0), "12")
    store.add_run(Run(sample.code_sha, "25_reduce_xor", "serial", "g++-12", 1, "valid", True, 2.0, 4.0))
    store.db.execute("ALTER TABLE runs DROP COLUMN evaluation_id")  # added by step 1 -> 2
    store.db.execute("ALTER TABLE runs DROP COLUMN settings")  # added by step 1 -> 2
    store.db.execute("ALTER TABLE runs DROP COLUMN validation_seconds")  # added by step 1 -> 2
    store.db.execute("ALTER TABLE samples DROP COLUMN constructs")
    store.db.execute("DROP TABLE prompts")
    store.db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    store.close()


def test_a_version_0_file_is_migrated_with_a_copy_kept(tmp_path, xor, monkeypatch, capsys):
    monkeypatch.setattr(migrations, "MIGRATIONS", {0: STEP_0, 1: migrations.MIGRATIONS[1]})
    old, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    version_0_store(old, xor)
    Store(fresh).close()
    assert ("samples", "constructs", "VARCHAR[]") not in layout(old)

    Store(old).close()
    assert layout(old) == layout(fresh)
    assert rows(old, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    assert rows(old, "SELECT constructs, strict FROM samples") == [([], True)]
    assert rows(old, "SELECT problem, built, valid FROM sample_verdicts") == [("25_reduce_xor", True, True)]
    assert rows(old, "SELECT workers, speedup FROM sample_speedups") == [(1, 2.0)]
    # step 1 -> 2: runs made before size profiles were -O2 at today's "large" sizes
    assert rows(old, "SELECT value FROM meta WHERE key = 'evaluated_with'") == [
        ('{"optimisation":"-O2","sizes":"large"}',)
    ]
    backup = tmp_path / "old.duckdb.v0.bak"
    assert rows(backup, "SELECT value FROM meta WHERE key = 'schema_version'") == [("0",)]
    assert ("samples", "constructs", "VARCHAR[]") not in layout(backup)
    assert capsys.readouterr().err.strip() == (
        f"hpxeval: migrated {old} from store schema version 0 to 2 (samples.constructs added (empty for old "
        f"samples); record that existing runs were compiled at -O2 with the sizes now called 'large'; "
        f"runs.validation_seconds, runs.settings and runs.evaluation_id added); "
        f"the old file is kept as {backup}"
    )
    Store(old).close()  # a second open finds nothing to do
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.duckdb", "old.duckdb", "old.duckdb.v0.bak"]


def test_a_failing_step_leaves_the_file_unchanged(tmp_path, xor, monkeypatch):
    def broken(db) -> None:
        db.execute("ALTER TABLE samples ADD COLUMN constructs VARCHAR[]")
        db.execute("SELECT no_such_column FROM samples")

    monkeypatch.setattr(migrations, "MIGRATIONS", {0: Migration(0, "broken", broken), 1: migrations.MIGRATIONS[1]})
    old = tmp_path / "old.duckdb"
    version_0_store(old, xor)
    before = layout(old)
    with pytest.raises(StoreError, match=r"migrating store schema version 0 to 2 failed .*the file is unchanged"):
        Store(old)
    assert layout(old) == before
    assert rows(old, "SELECT value FROM meta WHERE key = 'schema_version'") == [("0",)]


def test_a_version_without_a_migration_is_refused_through_the_cli(tmp_path, xor):
    version_0_store(tmp_path / "old.duckdb", xor)
    out = hpxeval("metrics", "--db", "old.duckdb", cwd=tmp_path, check=False)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "old.duckdb has store schema version 0; this hpxeval has no migration from version 0" in out.stderr


def test_a_newer_file_is_refused_naming_file_version_and_what_to_do(tmp_path):
    newer = tmp_path / "newer.duckdb"
    Store(newer).set_meta("schema_version", str(SCHEMA_VERSION + 1))
    out = hpxeval("sql", "--db", "newer.duckdb", "SELECT 1", cwd=tmp_path, check=False)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip() == (
        f"error: newer.duckdb has store schema version {SCHEMA_VERSION + 1}, newer than the version "
        f"{SCHEMA_VERSION} this hpxeval reads; upgrade hpxeval (pip install -U hpxeval) or pass another --db"
    )


@pytest.mark.parametrize(
    "setup,message",
    [
        ("CREATE TABLE meta (k INTEGER)", "its meta table has no key/value columns"),
        ("CREATE TABLE meta (key VARCHAR, value VARCHAR)", "no schema_version in meta"),
        ("CREATE TABLE meta (key VARCHAR, value VARCHAR); INSERT INTO meta VALUES ('schema_version', 'x')", "'x'"),
    ],
)
def test_foreign_meta_tables_are_not_taken_for_a_store(tmp_path, setup, message):
    path = tmp_path / "f.duckdb"
    con = duckdb.connect(str(path))
    con.execute(setup)
    con.close()
    with pytest.raises(StoreError, match=f"not an hpxeval store .*{message}"):
        Store(path)


def test_every_older_version_has_its_step():
    """Bumping SCHEMA_VERSION without adding MIGRATIONS[old] (or the reverse) fails here."""
    have = sorted(migrations.MIGRATIONS)
    assert have == list(range(SCHEMA_VERSION - len(have), SCHEMA_VERSION))
    assert all(step.source == version for version, step in migrations.MIGRATIONS.items())
