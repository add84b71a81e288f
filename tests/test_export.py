"""`hpxeval export`: every table, view and metrics frame as Parquet or CSV, readable back."""

from __future__ import annotations

import polars as pl
import pytest
from hpxeval.export import TABLES, VIEWS, export
from support import hpxeval, rows
from synthetic import paper_store

METRICS = ("metrics", "metrics_by_problem", "metrics_by_installation")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "paper.duckdb"
    paper_store(path).close()
    return path


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_view_and_metric(db, tmp_path, fmt):
    out = hpxeval("export", "--db", str(db), "--format", fmt, "--out", "files", cwd=tmp_path)
    names = {p.stem for p in (tmp_path / "files").glob(f"*.{fmt}")}
    assert names == {*TABLES, *VIEWS, *METRICS}
    assert f"wrote {len(names)} {fmt} files" in out.stderr
    read = pl.read_parquet if fmt == "parquet" else pl.read_csv
    for table in TABLES:
        (count,) = rows(db, f"SELECT count(*) FROM {table}")[0]
        assert read(tmp_path / "files" / f"{table}.{fmt}").height == count, table
    metrics = read(tmp_path / "files" / f"metrics.{fmt}")
    row = metrics.filter(model="m1", runtime="hpx", category="reduce")
    assert row["strict_pass@1"].to_list() == [pytest.approx(2 / 6, rel=1e-12)]
    assert row["speedup@5"].to_list() == [pytest.approx(13.75 / 6, rel=1e-12)]
    alone = read(tmp_path / "files" / f"metrics_by_installation.{fmt}")
    assert alone.filter(installation="1.5.1", model="m1", category="reduce")["strict_pass@5"].to_list() == [
        pytest.approx(5 / 6, rel=1e-12)
    ]


def test_list_columns_stay_lists_in_parquet_and_join_in_csv(db, tmp_path):
    from hpxeval.store import Store

    store = Store(db)
    try:
        export(store, tmp_path / "p", "parquet")
        export(store, tmp_path / "c", "csv")
    finally:
        store.close()
    expected = sorted(["execution_policy", "parallel_algorithm"])
    parquet = pl.read_parquet(tmp_path / "p" / "samples.parquet")
    assert parquet.schema["constructs"] == pl.List(pl.String)
    assert expected in parquet["constructs"].to_list()
    csv = pl.read_csv(tmp_path / "c" / "samples.csv")
    assert ";".join(expected) in csv["constructs"].to_list()
    runs = pl.read_parquet(tmp_path / "p" / "runs.parquet")
    assert runs.filter(pl.col("seconds") == 0.8)["baseline_seconds"].to_list() == [2.0]


def test_export_refuses_an_unknown_format_and_a_missing_store(db, tmp_path):
    bad = hpxeval("export", "--db", str(db), "--format", "xlsx", cwd=tmp_path, check=False)
    assert bad.returncode == 2 and "'xlsx' is not one of 'parquet', 'csv'" in bad.stderr
    missing = hpxeval("export", "--db", "absent.duckdb", cwd=tmp_path, check=False)
    assert missing.returncode == 2 and "absent.duckdb: no such DuckDB file" in missing.stderr
