"""`hpxeval export`: the store's tables, analysis views and metrics as Parquet or CSV files (polars).

Parquet keeps list columns (constructs, times) as lists; CSV has no lists, so there they are
joined with ";". Metrics come from the metric plugins, as in `hpxeval metrics`.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
from hpxeval import plugins as plugin_manager
from hpxeval.scoring import installation_metrics_frame, metrics_frame
from hpxeval.store import Store

FORMATS = ("parquet", "csv")
TABLES = ("experiments", "prompts", "completions", "samples", "builds", "runs")
VIEWS = (
    "installation_verdicts",
    "sample_verdicts",
    "sample_speedups",
    "completeness",
    "problem_metrics",
    "category_metrics",
    "category_scaling",
    "problem_times",
    "construct_census",
    "build_failures",
    "run_failures",
)
KS = (1, 5, 10, 20)


def metric_frames(store: Store) -> dict[str, pl.DataFrame]:
    """Every installed metric at k = 1, 5, 10, 20: per category, per problem, per installation."""
    plugins = plugin_manager.installed()
    metrics = [plugins.get("metric", name) for name in plugins.names("metric")]
    return {
        "metrics": metrics_frame(store, metrics, KS),
        "metrics_by_problem": metrics_frame(store, metrics, KS, by_problem=True),
        "metrics_by_installation": installation_metrics_frame(store, metrics, KS),
    }


def _flat(frame: pl.DataFrame) -> pl.DataFrame:
    """CSV-writable: list columns joined with ';', nested values as text."""
    lists = [c for c, t in frame.schema.items() if isinstance(t, pl.List)]
    return frame.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join(";") for c in lists)


def _write(frame: pl.DataFrame, path: Path, fmt: str) -> Path:
    if fmt == "parquet":
        frame.write_parquet(path)
    else:
        _flat(frame).write_csv(path)
    return path


def export(store: Store, out: Path, fmt: str) -> list[Path]:
    """Write one file per table, view and metrics frame into `out` (created); return the paths."""
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r}: allowed are {', '.join(FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    frames = {name: store.frame(f"SELECT * FROM {name}") for name in (*TABLES, *VIEWS)}
    frames.update(metric_frames(store))
    return [_write(frame, out / f"{name}.{fmt}", fmt) for name, frame in frames.items()]
