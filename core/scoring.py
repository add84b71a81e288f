"""Metrics over the store: per-problem estimates from metric plugins, averaged per category."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import polars as pl
from hpxeval.metrics import Metric, ProblemScores, TimedRun
from hpxeval.store import Store

GROUP = ("model", "runtime", "category")
ALL = "(all)"


def problem_scores(store: Store, workers: int | None = None) -> dict[tuple[str, str, str, str], ProblemScores]:
    """(model, runtime, category, problem) -> the scores of its n complete samples (view
    sample_completeness: work not done yet is not counted, neither as success nor as failure).

    The chosen worker count is `workers`, else the largest measured for the model and runtime
    (view model_workers); where they were not measured at `workers`, `speedup` is empty
    (speedup@k is then undefined).
    """
    verdicts = store.frame(
        "SELECT model, runtime, category, problem, sample, completion_id, built, valid, strict"
        " FROM sample_verdicts WHERE complete ORDER BY model, runtime, problem, sample"
    )
    speedups = store.frame("SELECT completion_id, workers, speedup FROM sample_speedups")
    measured = {
        (model, runtime): counts
        for model, runtime, counts in store.db.execute(
            "SELECT model, runtime, list(workers) FROM model_workers GROUP BY model, runtime"
        ).fetchall()
    }
    by_sample: dict[str, dict[int, float]] = defaultdict(dict)
    for cid, w, s in speedups.iter_rows():
        by_sample[cid][w] = s
    groups: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for row in verdicts.iter_rows(named=True):
        groups[(row["model"], row["runtime"], row["category"], row["problem"])].append(row)
    runs = sample_runs(store)
    scores = {}
    for key, rows in groups.items():
        counts = measured.get(key[:2], [1])
        chosen = workers or max(counts)
        per = [by_sample.get(r["completion_id"], {}) if r["valid"] else {} for r in rows]
        scores[key] = ProblemScores(
            built=tuple(bool(r["built"]) for r in rows),
            valid=tuple(bool(r["valid"]) for r in rows),
            strict=tuple(bool(r["valid"] and r["strict"]) for r in rows),
            speedup=tuple(s.get(chosen, 0.0) for s in per) if chosen in counts else (),
            workers=chosen,
            speedup_max=tuple(max(s.values(), default=0.0) for s in per),
            efficiency_max=tuple(max((v / w for w, v in s.items()), default=0.0) for s in per),
            runs=tuple(runs.get(r["completion_id"], ()) for r in rows),
            runtime=key[1],
        )
    return scores


def sample_runs(store: Store) -> dict[str, tuple[TimedRun, ...]]:
    """completion_id -> its runs, one per worker count, merged over installations by the rule in
    force: `any` (or one installation) takes the fastest valid run, `all` the slowest and only
    where every installation's run is valid; a count with no valid run keeps an invalid one."""
    rule = store.db.execute("SELECT rule FROM validity_rule").fetchone()[0]
    found = store.db.execute(
        "SELECT sv.completion_id, r.installation, r.workers, r.valid, r.seconds, r.baseline_seconds"
        " FROM sample_verdicts sv JOIN runs r ON r.code_sha = sv.code_sha AND r.problem = sv.problem"
        " AND r.runtime = sv.runtime AND r.repetition >= 0 ORDER BY ALL"
    ).fetchall()
    grouped: dict[str, dict[int, list[TimedRun]]] = defaultdict(lambda: defaultdict(list))
    for cid, inst, workers, ok, seconds, baseline in found:
        if rule in ("any", "all") or inst == rule:
            timed = bool(ok) and bool(seconds) and baseline is not None
            grouped[cid][workers].append(TimedRun(workers, timed, seconds, baseline))
    return {
        cid: tuple(_merge_runs(by_workers[w], rule) for w in sorted(by_workers)) for cid, by_workers in grouped.items()
    }


def _merge_runs(runs: list[TimedRun], rule: str) -> TimedRun:
    good = [r for r in runs if r.valid]
    if not good or (rule == "all" and len(good) < len(runs)):
        return next((r for r in runs if not r.valid), runs[0])
    speed = {id(r): r.baseline_seconds / r.seconds for r in good}
    pick = min if rule == "all" else max
    return pick(good, key=lambda r: speed[id(r)])


def metrics_frame(
    store: Store, metrics: Sequence[Metric], ks: Sequence[int], workers: int | None = None, by_problem: bool = False
) -> pl.DataFrame:
    """One row per model × runtime × category (plus an "(all)" row), or per problem."""
    scores = problem_scores(store, workers)
    buckets: dict[tuple[str, ...], list[ProblemScores]] = defaultdict(list)
    missing: dict[tuple[str, ...], int] = defaultdict(int)

    def keys_of(model: str, runtime: str, category: str, problem: str) -> list[tuple[str, ...]]:
        if by_problem:
            return [(model, runtime, category, problem)]
        return [(model, runtime, category), (model, runtime, ALL)]

    for (model, runtime, category, problem), s in scores.items():
        for key in keys_of(model, runtime, category, problem):
            buckets[key].append(s)
    for *where, count in incomplete(store):
        for key in keys_of(*where):
            missing[key] += count
            buckets.setdefault(key, [])
    keys = (*GROUP, "problem") if by_problem else GROUP
    rows = []
    for key in sorted(buckets):
        group = buckets[key]
        row = dict(zip(keys, key, strict=True))
        row.update(
            problems=len(group),
            samples=min((s.n for s in group), default=0),
            missing=missing.get(key, 0),
            workers=max((s.workers for s in group), default=None),
        )
        for metric in metrics:
            for k in ks:
                values = [v for s in group if (v := metric.estimate(s, k)) is not None]
                row[metric.column(k)] = sum(values) / len(values) if values else metric.empty
        rows.append(row)
    return pl.DataFrame(rows, infer_schema_length=None)


def incomplete(store: Store) -> list[tuple[str, str, str, str, int]]:
    """(model, runtime, category, problem, samples not complete) wherever work is missing."""
    return store.db.execute(
        "SELECT model, runtime, category, problem, count(*) FROM sample_verdicts WHERE NOT complete"
        " GROUP BY ALL ORDER BY ALL"
    ).fetchall()


def installation_metrics_frame(
    store: Store, metrics: Sequence[Metric], ks: Sequence[int], workers: int | None = None, by_problem: bool = False
) -> pl.DataFrame:
    """metrics_frame for each installation of the version matrix alone (column `installation`).

    An installation's rows are those of the runtimes that have it; every sample of such a
    runtime counts, and one that did not build there is a failure there.
    """
    pairs = store.db.execute("SELECT DISTINCT runtime, installation FROM builds ORDER BY ALL").fetchall()
    frames = []
    for inst in sorted({i for _, i in pairs}):
        runtimes = [r for r, i in pairs if i == inst]
        with store.validity(inst):
            frame = metrics_frame(store, metrics, ks, workers, by_problem)
        frames.append(frame.filter(pl.col("runtime").is_in(runtimes)).with_columns(installation=pl.lit(inst)))
    if not frames:
        return pl.DataFrame()
    return pl.concat(frames, how="diagonal_relaxed").select("installation", pl.exclude("installation"))


def measured_workers(store: Store) -> list[int]:
    """Every worker count that some run of the store was measured at."""
    query = "SELECT DISTINCT workers FROM runs WHERE repetition >= 0 ORDER BY workers"
    return [r[0] for r in store.db.execute(query).fetchall()]


def drop_undefined(frame: pl.DataFrame) -> tuple[pl.DataFrame, list[str]]:
    """The frame without metric columns that are empty everywhere (k > n for every problem)."""
    empty = [c for c in frame.columns if "@" in c and frame[c].null_count() == frame.height]
    return frame.drop(empty), empty


def cell_text(value: object, missing: str = "-") -> str:
    """A metrics table cell as text: floats to three decimals, lists joined, None as `missing`."""
    if value is None:
        return missing
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
