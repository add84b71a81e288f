"""`pareval-legacy` reproduces upstream ParEval's analysis/metrics.py, beside hpxeval's exact metrics.

The expected numbers were checked against upstream's own script: the same samples written as
its CSV layout (one row per run, one for a sample that did not build; OpenMP at 1 and 32
threads) and run through `analysis/metrics.py -k 1 2 5` printed exactly these values. The
comments compute the telling ones by hand.
"""

from __future__ import annotations

import json

import pytest
from hpxeval import plugins as plugin_manager
from hpxeval.scoring import metrics_frame
from hpxeval.store import Store
from support import hpxeval
from synthetic import On, Spec, add_samples

TIGHT = {"rel": 1e-12, "abs": 1e-12}
WORKERS = (1, 32)
SPEEDUPS = (10.30, 5.0, 3.89, 2.5, 1.5)  # 25_reduce_xor's five valid samples at 32 workers


def runs(*seconds: float) -> dict:
    return {w: ("valid", s) for w, s in zip(WORKERS, seconds, strict=True)}


FAILED_RUN = {1: ("invalid", None), 32: ("skipped", None)}


def make_store(path) -> Store:
    """25_reduce_xor: the issue's five valid samples; 27: every kind of failure; 20: nothing valid."""
    store = Store(path)
    xor = [Spec({"g++": On(runs=runs(2.0, 2.0 / s))}) for s in SPEEDUPS]
    average = [
        Spec({"g++": On(runs=runs(1.5, 0.4))}),
        Spec({"g++": On(runs=FAILED_RUN)}),
        Spec({"g++": On(build="compile_error")}),
        Spec({"g++": On(runs=runs(2.5, 0.25))}),
        Spec(code=False),
        Spec({"g++": On(runs=runs(1.0, 0.9))}),
    ]
    pixels = [Spec({"g++": On(build="compile_error")}), Spec({"g++": On(runs=FAILED_RUN)})]
    add_samples(store, "m", "openmp", "reduce", "25_reduce_xor", xor)
    add_samples(store, "m", "openmp", "reduce", "27_reduce_average", average)
    add_samples(store, "m", "openmp", "histogram", "20_histogram_pixel_histogram", pixels)
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("legacy") / "legacy.duckdb")
    yield store
    store.close()


def frame(store, names, by_problem=False):
    plugins = plugin_manager.installed()
    metrics = [plugins.get("metric", n) for n in names]
    return metrics_frame(store, metrics, [1, 2, 5], by_problem=by_problem)


def test_five_of_five_valid_at_k_5_is_the_sum_upstream_and_the_maximum_here(store):
    row = (
        frame(store, ["pareval_speedup@k", "speedup@k"], by_problem=True)
        .filter(problem="25_reduce_xor")
        .row(0, named=True)
    )
    # upstream: C(j-1, 4) = 1 for j < 5 and C(5, 5) = 1, so every speedup gets weight 1
    assert row["pareval_speedup@5"] == pytest.approx(sum(SPEEDUPS), **TIGHT) == pytest.approx(23.19)
    assert row["speedup@5"] == pytest.approx(max(SPEEDUPS), **TIGHT)  # E[max of 5 of 5]
    assert row["pareval_speedup@1"] == pytest.approx(row["speedup@1"], **TIGHT)  # k = 1 agrees


UPSTREAM = {  # analysis/metrics.py's output for the two categories, k = 1, 2, 5
    "reduce": {
        "pareval_build@1": 0.8999999999999999,  # 25: 10 rows all built; 27: 8 of 10 rows -> mean 0.9
        "pareval_pass@1": 0.75,
        "pareval_speedup@1": 4.856037037037037,
        "pareval_speedup_max@1": 4.856037037037037,
        "pareval_efficiency@1": 0.6070046296296296,  # speedup at 32 threads divided by 8
        "pareval_efficiency_max@1": 1.1888888888888889,
        "pareval_build@2": 0.9888888888888889,
        "pareval_pass@2": 0.9,
        "pareval_speedup@2": 4.736407407407407,
        "pareval_speedup_max@2": 4.736407407407407,
        "pareval_efficiency@2": 0.5920509259259259,
        "pareval_efficiency_max@2": 1.3722222222222222,
        "pareval_build@5": 1.0,
        "pareval_pass@5": 1.0,
        "pareval_speedup@5": 19.206111111111113,
        "pareval_speedup_max@5": 19.206111111111113,
        "pareval_efficiency@5": 2.400763888888889,
        "pareval_efficiency_max@5": 4.566666666666666,
    },
    "histogram": {  # nothing valid: no speedup (upstream writes 0.0), pass@5 = 1.0 for k > n = 2
        "pareval_build@1": 0.6666666666666666,  # rows: 1 not built + 2 of the built, failed sample
        "pareval_pass@1": 0.0,
        "pareval_speedup@1": 0.0,
        "pareval_efficiency_max@1": 0.0,
        "pareval_build@2": 1.0,
        "pareval_pass@2": 0.0,
        "pareval_build@5": 1.0,
        "pareval_pass@5": 1.0,
        "pareval_speedup@5": 0.0,
    },
}


@pytest.mark.parametrize("category", list(UPSTREAM))
def test_every_legacy_metric_equals_upstreams_output(store, category):
    names = sorted({c.rpartition("@")[0] + "@k" for c in UPSTREAM[category]})
    row = frame(store, names).filter(category=category).row(0, named=True)
    for column, value in UPSTREAM[category].items():
        assert row[column] == pytest.approx(value, **TIGHT), column


def test_metrics_command_shows_both_side_by_side(tmp_path):
    make_store(tmp_path / "legacy.duckdb").close()
    out = hpxeval(
        "metrics",
        "--db",
        "legacy.duckdb",
        "--metric",
        "speedup@k",
        "--metric",
        "pareval-legacy",
        "--k",
        "5",
        "--by-problem",
        "--format",
        "json",
        cwd=tmp_path,
    )
    rows = {r["problem"]: r for r in json.loads(out.stdout)}
    xor = rows["25_reduce_xor"]
    assert xor["speedup@5"] == pytest.approx(10.30) and xor["pareval_speedup@5"] == pytest.approx(23.19)
    assert {"pareval_build@5", "pareval_pass@5", "pareval_efficiency_max@5"} <= set(xor)
