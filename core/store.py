"""The DuckDB store: one file, idempotent inserts keyed so that reruns resume (docs/schema.md)."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
from hpxeval import migrations
from hpxeval.batching import Line, OpenBatch
from hpxeval.machine import Machine
from hpxeval.migrations import StoreError
from hpxeval.records import (
    Build,
    Completion,
    GenerationRun,
    Prompt,
    Run,
    Sample,
    StrictCheck,
    sha256,
    stable_json,
)


def completion_id(model: str, settings: dict[str, Any], prompt_sha: str, sample: int) -> str:
    """The cache key of a completion: backend+model, settings, prompt and sample index."""
    return sha256(stable_json([model, settings, prompt_sha, sample]))


def open_error(path: Path, exc: duckdb.Error) -> str:
    """One line saying why DuckDB could not open a file, and what to do."""
    text = str(exc)
    if m := re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", text):
        return f"{path} is in use by another process (PID {m[2]}, {m[1]}); wait for it to finish or pass another --db"
    if path.is_dir():
        return f"{path} is a directory; --db takes a DuckDB file (an existing store or a new name)"
    if not path.parent.is_dir():
        return f"cannot create {path}: directory {path.parent} does not exist; create it or pass another --db"
    if "not a valid DuckDB database file" in text:
        return f"{path} is not a DuckDB file; pass --db with an hpxeval store or the name of a new file"
    if "Read-only file system" in text or "Permission denied" in text:
        reason = "the file system is read-only" if "Read-only" in text else "permission denied"
        return f"cannot open {path} for writing ({reason}); copy it somewhere writable or pass another --db"
    return f"cannot open DuckDB file {path}: {text.splitlines()[0] if text else type(exc).__name__}"


def schema_text() -> str:
    """core/schema.sql: the tables, views and macros every store gets."""
    return (resources.files("hpxeval") / "schema.sql").read_text()


class Store:
    """A DuckDB file holding experiments, prompts, completions, samples, builds and runs."""

    def __init__(self, path: Path | str, read_only: bool = False):
        """Open (and create, migrate, complete) a store; `read_only` opens an up-to-date one for
        queries only, after a short writable open where its schema needs bringing up to date."""
        self.path = Path(path)
        self._validity_depth = 0
        if read_only:
            if not self._current():
                Store(self.path).close()
            try:
                self.db = duckdb.connect(str(self.path), read_only=True)
            except duckdb.Error as exc:
                raise StoreError(open_error(self.path, exc)) from None
            return
        try:
            self.db = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            raise StoreError(open_error(self.path, exc)) from None
        try:
            found = migrations.upgrade(self.db, self.path)  # refuses foreign and newer files
        except StoreError:
            self.db.close()
            raise
        self._apply_schema(migrated=found not in (None, migrations.SCHEMA_VERSION))
        version = str(migrations.SCHEMA_VERSION)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [version])

    def _current(self) -> bool:
        """Whether the file already has this hpxeval's schema version and schema text."""
        try:
            con = duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error:
            return False
        try:
            found = dict(
                con.execute("SELECT key, value FROM meta WHERE key IN ('schema_version', 'schema_sha')").fetchall()
            )
        except duckdb.Error:
            return False
        finally:
            con.close()
        return found == {"schema_version": str(migrations.SCHEMA_VERSION), "schema_sha": sha256(schema_text())}

    def _apply_schema(self, migrated: bool) -> None:
        """Create tables, views and macros; skipped when this exact schema text was applied before
        and no migration ran since (binding the metric views takes a noticeable fraction of a second)."""
        text = schema_text()
        digest = sha256(text)
        tables = {r[0] for r in self.db.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" in tables and not migrated:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_sha'").fetchone()
            if row is not None and row[0] == digest:
                return
        self.db.execute(text)
        self.set_meta("schema_sha", digest)

    def close(self) -> None:
        self.db.close()

    # -- writing ---------------------------------------------------------------------------
    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def start_evaluation(self, evaluation_id: str, m: Machine, pin: list[int], settings: str, version: str) -> None:
        self.db.execute(
            "INSERT INTO evaluations (evaluation_id, host, cpu, logical_cores, physical_cores, load_before, pin,"
            " settings, hpxeval_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [evaluation_id, m.host, m.cpu, m.logical_cores, m.physical_cores, m.load, pin, settings, version],
        )

    def finish_evaluation(self, evaluation_id: str, load_after: float) -> None:
        self.db.execute(
            "UPDATE evaluations SET finished = current_timestamp, load_after = ? WHERE evaluation_id = ?",
            [load_after, evaluation_id],
        )

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else row[0]

    def has_runs(self) -> bool:
        return self.db.execute("SELECT count(*) FROM runs").fetchone()[0] > 0

    def add_experiment(
        self, experiment_id: str, name: str, model: str, settings: dict, config: dict, plugins: dict, version: str
    ) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO experiments (experiment_id, name, model, settings, config, plugins, hpxeval_version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [experiment_id, name, model, stable_json(settings), stable_json(config), stable_json(plugins), version],
        )

    def add_prompt(self, prompt: Prompt) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO prompts VALUES (?, ?, ?, ?, ?)",
            [prompt.sha, prompt.problem, prompt.category, prompt.runtime, prompt.text],
        )

    def add_completion(self, cid: str, experiment_id: str, c: Completion) -> None:
        p = c.request.prompt
        self.db.execute(
            "INSERT OR IGNORE INTO completions (completion_id, experiment_id, model, prompt_sha, problem, category,"
            " runtime, sample, text, sent, input_tokens, output_tokens, latency_s, cost_usd)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                cid,
                experiment_id,
                c.request.model,
                p.sha,
                p.problem,
                p.category,
                p.runtime,
                c.request.sample,
                c.text,
                stable_json(c.sent),
                c.input_tokens,
                c.output_tokens,
                c.latency_s,
                c.cost_usd,
            ],
        )

    def add_sample(self, cid: str, problem: str, runtime: str, sample: Sample, strict: StrictCheck) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO samples VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                cid,
                problem,
                runtime,
                sample.status,
                sample.reason,
                sample.code,
                sample.code_sha,
                strict.uses and sample.status == "ok",
                list(strict.constructs),
            ],
        )

    def add_build(self, b: Build, version: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO builds (code_sha, problem, runtime, installation, version, ok, status, seconds, log)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [b.code_sha, b.problem, b.runtime, b.installation, version, b.ok, b.status, b.seconds, b.log],
        )

    def add_run(self, r: Run) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO runs (code_sha, problem, runtime, installation, workers, repetition, status,"
            " valid, seconds, baseline_seconds, times, baseline_times, log, validation_seconds, settings,"
            " evaluation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                r.code_sha,
                r.problem,
                r.runtime,
                r.installation,
                r.workers,
                r.repetition,
                r.status,
                r.valid,
                r.seconds,
                r.baseline_seconds,
                list(r.times),
                list(r.baseline_times),
                r.log,
                r.validation_seconds,
                r.settings,
                r.evaluation_id,
            ],
        )

    # -- batch journal (core/batching.py) -------------------------------------------------------
    def add_batch(self, batch_id: str, model: str, settings_sha: str, lines: dict[str, Line]) -> None:
        data = {cid: {"ids": line.ids, "sent": line.sent} for cid, line in lines.items()}
        self.db.execute(
            "INSERT OR IGNORE INTO batches (batch_id, model, settings_sha, lines) VALUES (?, ?, ?, ?)",
            [batch_id, model, settings_sha, stable_json(data)],
        )

    def open_batches(self, model: str, settings_sha: str) -> list[OpenBatch]:
        rows = self.db.execute(
            "SELECT batch_id, lines FROM batches WHERE model = ? AND settings_sha = ? AND status IS NULL"
            " ORDER BY submitted",
            [model, settings_sha],
        ).fetchall()
        return [
            OpenBatch(bid, {cid: Line(v["ids"], v["sent"]) for cid, v in json.loads(lines).items()})
            for bid, lines in rows
        ]

    def close_batch(self, batch_id: str, status: str) -> None:
        self.db.execute(
            "UPDATE batches SET status = ?, collected = current_timestamp WHERE batch_id = ?", [status, batch_id]
        )

    def add_generation_run(self, g: GenerationRun) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO generation_runs (run_id, model, settings, prompts, completions, input_tokens,"
            " output_tokens, seconds, output_tokens_per_s, peak_gpu_memory_bytes, device, details)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                g.run_id,
                g.model,
                stable_json(g.settings),
                g.prompts,
                g.completions,
                g.input_tokens,
                g.output_tokens,
                g.seconds,
                g.output_tokens_per_s,
                g.peak_gpu_memory_bytes,
                g.device,
                stable_json(g.details),
            ],
        )

    @contextlib.contextmanager
    def validity(self, rule: str | None) -> Iterator[None]:
        """Apply a validity rule to the views for the queries inside, without storing it.

        Nested uses (a per-installation breakdown inside a report with --validity) restore the
        outer rule; the outermost one rolls everything back.
        """
        if rule is None:
            yield
            return
        previous = self.db.execute("SELECT rule FROM validity_rule").fetchone()[0]
        outermost = self._validity_depth == 0
        if outermost:
            self.db.execute("BEGIN TRANSACTION")
        self._validity_depth += 1
        try:
            self.set_meta("validity", rule)
            yield
        finally:
            self._validity_depth -= 1
            if outermost:
                self.db.execute("ROLLBACK")
            else:
                self.set_meta("validity", previous)

    # -- reading ---------------------------------------------------------------------------
    def existing_completions(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.db.execute(
            "SELECT completion_id FROM completions WHERE completion_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def unextracted(self) -> list[tuple[str, str, str, str]]:
        """(completion_id, problem, runtime, text) of completions without a samples row."""
        return self.db.execute(
            "SELECT completion_id, problem, runtime, text FROM completions"
            " WHERE completion_id NOT IN (SELECT completion_id FROM samples) ORDER BY problem, runtime, sample"
        ).fetchall()

    def codes(self, problems: list[str], runtimes: list[str], distinct: bool = True) -> list[tuple[str, str, str, str]]:
        """(problem, runtime, code_sha, code) of extracted samples to evaluate: once per distinct
        code, or (`distinct=False`, the --no-cache comparison) once per sample."""
        return self.db.execute(
            f"SELECT {'DISTINCT' if distinct else ''} problem, runtime, code_sha, code FROM samples WHERE status = 'ok'"
            " AND problem IN (SELECT unnest(?)) AND runtime IN (SELECT unnest(?)) ORDER BY problem, runtime, code_sha",
            [problems, runtimes],
        ).fetchall()

    def build_of(self, code_sha: str, problem: str, runtime: str, installation: str) -> tuple[bool, str] | None:
        row = self.db.execute(
            "SELECT ok, status FROM builds WHERE code_sha=? AND problem=? AND runtime=? AND installation=?",
            [code_sha, problem, runtime, installation],
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def runs_of(self, code_sha: str, problem: str, runtime: str, installation: str) -> list[tuple[int, int, str, str]]:
        """(workers, repetition, status, settings) of every stored run, race checks included."""
        return self.db.execute(
            "SELECT workers, repetition, status, settings FROM runs"
            " WHERE code_sha = ? AND problem = ? AND runtime = ? AND installation = ?",
            [code_sha, problem, runtime, installation],
        ).fetchall()

    def frame(self, sql: str, params: list | None = None) -> pl.DataFrame:
        """A query's result as a polars frame (built from rows: no pyarrow needed)."""
        cursor = self.db.execute(sql, params or [])
        rows = cursor.fetchall()
        columns = [d[0] for d in cursor.description] if cursor.description else []
        data = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
        return pl.DataFrame(data, strict=False)
