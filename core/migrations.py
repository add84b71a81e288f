"""Store schema versions: upgrade an older hpxeval DuckDB file in place, refuse a newer one.

`meta.schema_version` says which layout wrote a file. `MIGRATIONS[n]` takes a store from
version n to n + 1; on open, every step from the file's version up to `SCHEMA_VERSION` runs in
one transaction, after a copy of the file is kept beside it. How to add a step: docs/schema.md.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
from attrs import define


class StoreError(Exception):
    """A store that cannot be opened or used (message names the file)."""


@define(frozen=True)
class Migration:
    """One step from schema version `source` to `source + 1`: SQL statements or a function."""

    source: int
    summary: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def sql_step(source: int, summary: str, *statements: str) -> Migration:
    """A step made of SQL statements run in order (ALTER TABLE …, UPDATE …)."""

    def apply(db: duckdb.DuckDBPyConnection) -> None:
        for statement in statements:
            db.execute(statement)

    return Migration(source, summary, apply)


# The layout this hpxeval writes, and the steps from every older layout up to it.
SCHEMA_VERSION = 2
MIGRATIONS: dict[int, Migration] = {
    1: sql_step(
        1,
        "record that existing runs were compiled at -O2 with the sizes now called 'large';"
        " runs.validation_seconds, runs.settings and runs.evaluation_id added",
        "ALTER TABLE runs ADD COLUMN validation_seconds DOUBLE",
        "ALTER TABLE runs ADD COLUMN settings JSON",
        "ALTER TABLE runs ADD COLUMN evaluation_id VARCHAR",
        'INSERT OR IGNORE INTO meta SELECT \'evaluated_with\', \'{"optimisation":"-O2","sizes":"large"}\''
        " WHERE EXISTS (SELECT 1 FROM runs)",
    ),
}


def stored_version(db: duckdb.DuckDBPyConnection, path: Path) -> int | None:
    """The schema version of an open file; None for an empty file; StoreError for a foreign one."""
    tables = {r[0] for r in db.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables:
        return None
    foreign = f"{path} is a DuckDB file but not an hpxeval store"
    if "meta" not in tables:
        raise StoreError(f"{foreign} (no meta table); pass another --db")
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.Error:
        raise StoreError(f"{foreign} (its meta table has no key/value columns); pass another --db") from None
    if row is None or not str(row[0]).isdigit():
        found = "no schema_version" if row is None else f"schema_version {row[0]!r}"
        raise StoreError(f"{foreign} ({found} in meta); pass another --db")
    return int(row[0])


def upgrade(db: duckdb.DuckDBPyConnection, path: Path) -> int | None:
    """Bring an open store to SCHEMA_VERSION; return the version it had (None: a new file)."""
    found = stored_version(db, path)
    if found is None or found == SCHEMA_VERSION:
        return found
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has store schema version {found}, newer than the version {SCHEMA_VERSION} this hpxeval "
            "reads; upgrade hpxeval (pip install -U hpxeval) or pass another --db"
        )
    missing = [v for v in range(found, SCHEMA_VERSION) if v not in MIGRATIONS]
    if missing:
        raise StoreError(
            f"{path} has store schema version {found}; this hpxeval has no migration from version {missing[0]} "
            f"(it reads {SCHEMA_VERSION}); open it with an older hpxeval release or pass another --db"
        )
    backup = _backup(db, path, found)
    db.execute("BEGIN TRANSACTION")
    try:
        for version in range(found, SCHEMA_VERSION):
            MIGRATIONS[version].apply(db)
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        db.execute("COMMIT")
    except Exception as exc:
        db.execute("ROLLBACK")
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise StoreError(
            f"{path}: migrating store schema version {found} to {SCHEMA_VERSION} failed ({reason}); the file is "
            f"unchanged, a copy is at {backup}"
        ) from None
    steps = "; ".join(MIGRATIONS[v].summary for v in range(found, SCHEMA_VERSION))
    print(
        f"hpxeval: migrated {path} from store schema version {found} to {SCHEMA_VERSION} ({steps}); "
        f"the old file is kept as {backup}",
        file=sys.stderr,
    )
    return found


def _backup(db: duckdb.DuckDBPyConnection, path: Path, version: int) -> Path:
    """Copy the file (checkpointed first, so the copy is complete) to `<file>.v<version>.bak`."""
    db.execute("CHECKPOINT")
    target = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.v{version}.{n}.bak")
    try:
        shutil.copy2(path, target)
    except OSError as exc:
        raise StoreError(
            f"{path} needs a migration from store schema version {version} to {SCHEMA_VERSION}, but the copy "
            f"{target} cannot be written ({exc.strerror or exc}); free space or copy the file somewhere writable"
        ) from None
    return target
