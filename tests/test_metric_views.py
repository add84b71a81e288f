"""Metrics by hand on a synthetic store: `hpxeval metrics` (the plugins) and the SQL views agree.

The store (tests/synthetic.py `paper_store`); baseline 2.0 s everywhere, speedup = 2.0 / seconds.

m1 / hpx / p1_reduce, n = 6, installations 1.10.0 and 1.5.1, workers 1, 2, 4:
  s0 strict, valid on both; 1.10.0: 2.0, 1.0, 0.8 s (speedup 1, 2, 2.5); 1.5.1: 2.0, 1.0, 2.0 s
  s1 strict, valid on 1.10.0 only: 4.0, 2.0, 1.6 s (0.5, 1, 1.25); compile error on 1.5.1
  s2 not strict (serial code), valid on both: 2.0 s at every count (speedup 1)
  s3 built on both, wrong result;  s4 no code;  s5 crash on 1.10.0, link error on 1.5.1
  merged (any): built 5, valid 3, strict-valid 2 →
    build@1 = 5/6, pass@1 = 3/6, strict_pass@1 = 2/6; at k = 5 all are 1 (n - c < 5)
    speedup at 4 workers [2.5, 1.25, 1, 0, 0, 0]: speedup@1 = 4.75/6, efficiency@1 = 4.75/24
    speedup@5 = C(4,4)/C(6,5)·1.25 + C(5,4)/C(6,5)·2.5 = 13.75/6, efficiency@5 = 13.75/24
    best efficiency per sample [1, 0.5, 1, 0, 0, 0]: efficiency_max@1 = 2.5/6, efficiency_max@5 = 1
    at 2 workers [2, 1, 1, 0, 0, 0]: speedup@1 = 4/6, efficiency@1 = 4/12
  1.5.1 alone: built 3 (s0, s2, s3), valid 2, strict-valid 1 →
    build@1 = 3/6, pass@1 = 2/6, strict_pass@1 = 1/6, strict_pass@5 = 1 - C(5,5)/C(6,5) = 5/6
    speedup at 4 workers [1, 1, 0, 0, 0, 0]: speedup@1 = 2/6, speedup@5 = (1 + 5)/6 = 1
m1 / hpx / p2_scan, n = 5: t0 valid (1.0, 0.5, 0.5 s: speedup 2, 4, 4); two syntax errors,
  a timeout, an undeclared name → build@1 = 2/5, pass@1 = strict_pass@1 = 1/5,
  speedup@1 = 4/5, efficiency@1 = 1/5, efficiency_max@1 = 2/5 (t0's best: 2 at 1 worker)
m1 / hpx / (all) = mean of the two problems: build@1 = (5/6 + 2/5)/2, pass@1 = (1/2 + 1/5)/2, …
m2 / hpx / p1_reduce, n = 5: two valid (speedup 1, 2, 4 and 1, 2, 2), three wrong →
  build@1 = 1, pass@1 = strict_pass@1 = 2/5, speedup@1 = 6/5, efficiency@1 = 6/20
m1 / openmp / p1_reduce, n = 2, workers 1, 2: speedups (1, 2) and (1, 0.5) →
  speedup@1 = 2.5/2 at 2 workers, efficiency@1 = 2.5/4, speedup_max@1 = 3/2; k = 5 undefined
"""

from __future__ import annotations

import json
import random
from math import comb

import polars as pl
import pytest
from hpxeval import plugins as plugin_manager
from hpxeval.scoring import installation_metrics_frame, metrics_frame
from hpxeval.store import Store
from hpxeval_metrics.estimators import expected_max_at_k, pass_at_k
from support import hpxeval
from synthetic import On, Spec, add_samples, paper_store, valid

TIGHT = {"rel": 1e-12, "abs": 1e-12}
NAMES = ("build", "pass", "strict_pass", "speedup", "efficiency", "speedup_max", "efficiency_max")
MERGED = {
    ("m1", "hpx", "reduce", 1): dict(
        build=5 / 6,
        pass_=3 / 6,
        strict_pass=2 / 6,
        speedup=4.75 / 6,
        efficiency=4.75 / 24,
        speedup_max=4.75 / 6,
        efficiency_max=2.5 / 6,
    ),
    ("m1", "hpx", "reduce", 5): dict(
        build=1.0,
        pass_=1.0,
        strict_pass=1.0,
        speedup=13.75 / 6,
        efficiency=13.75 / 24,
        speedup_max=13.75 / 6,
        efficiency_max=1.0,
    ),
    ("m1", "hpx", "scan", 1): dict(
        build=2 / 5, pass_=1 / 5, strict_pass=1 / 5, speedup=4 / 5, efficiency=1 / 5, efficiency_max=2 / 5
    ),
    ("m1", "hpx", "(all)", 1): dict(
        build=(5 / 6 + 2 / 5) / 2,
        pass_=(1 / 2 + 1 / 5) / 2,
        strict_pass=(1 / 3 + 1 / 5) / 2,
        speedup=(4.75 / 6 + 4 / 5) / 2,
        efficiency=(4.75 / 24 + 1 / 5) / 2,
    ),
    ("m2", "hpx", "reduce", 1): dict(build=1.0, pass_=2 / 5, strict_pass=2 / 5, speedup=6 / 5, efficiency=6 / 20),
    ("m1", "openmp", "reduce", 1): dict(
        build=1.0, pass_=1.0, strict_pass=1.0, speedup=2.5 / 2, efficiency=2.5 / 4, speedup_max=1.5, efficiency_max=1.0
    ),
}
OLD_ALONE = {
    ("m1", "hpx", "reduce", 1): dict(build=3 / 6, pass_=2 / 6, strict_pass=1 / 6, speedup=2 / 6),
    ("m1", "hpx", "reduce", 5): dict(build=1.0, pass_=1.0, strict_pass=5 / 6, speedup=1.0),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = paper_store(tmp_path_factory.mktemp("views") / "paper.duckdb")
    yield s
    s.close()


@pytest.fixture(scope="module")
def metrics():
    plugins = plugin_manager.installed()
    return [plugins.get("metric", f"{name}@k") for name in NAMES]


def _python(frame: pl.DataFrame, key: tuple, extra: dict | None = None) -> dict:
    model, runtime, category, k = key
    found = frame.filter(model=model, runtime=runtime, category=category, **(extra or {}))
    assert found.height == 1, (key, found)
    row = found.row(0, named=True)
    return {name: row[f"{name}@{k}"] for name in NAMES}


def _view(store, view: str, key: tuple, installation: str) -> dict:
    model, runtime, category, k = key
    found = store.frame(
        f"SELECT {', '.join(NAMES)} FROM {view} WHERE installation = ? AND model = ? AND runtime = ?"
        " AND category = ? AND k = ?",
        [installation, model, runtime, category, k],
    )
    assert found.height == 1, (key, found)
    return found.row(0, named=True)


def _assert_expected(found: dict, expected: dict) -> None:
    for name, value in expected.items():
        assert found[name.rstrip("_")] == pytest.approx(value, **TIGHT), name


@pytest.mark.parametrize("key", list(MERGED))
def test_metrics_by_hand(store, metrics, key):
    frame = metrics_frame(store, metrics, [1, 5])
    _assert_expected(_python(frame, key), MERGED[key])
    _assert_expected(_view(store, "category_metrics", key, "(any)"), MERGED[key])


@pytest.mark.parametrize("key", list(OLD_ALONE))
def test_one_installation_alone_by_hand(store, metrics, key):
    frame = installation_metrics_frame(store, metrics, [1, 5])
    _assert_expected(_python(frame, key, {"installation": "1.5.1"}), OLD_ALONE[key])
    _assert_expected(_view(store, "category_metrics", key, "1.5.1"), OLD_ALONE[key])
    with store.validity("1.5.1"):
        _assert_expected(_python(metrics_frame(store, metrics, [1, 5]), key), OLD_ALONE[key])


def test_speedup_at_a_chosen_worker_count(store, metrics):
    frame = metrics_frame(store, metrics, [1], workers=2)
    row = _python(frame, ("m1", "hpx", "reduce", 1))
    assert row["speedup"] == pytest.approx(4 / 6, **TIGHT)
    assert row["efficiency"] == pytest.approx(4 / 12, **TIGHT)
    view = store.frame(
        "SELECT speedup, efficiency, speedup_at_k.largest FROM speedup_at_k"
        " JOIN efficiency_at_k USING (model, runtime, category, workers, k)"
        " WHERE model = 'm1' AND runtime = 'hpx' AND category = 'reduce' AND workers = 2 AND k = 1"
    )
    assert view.rows() == [(pytest.approx(4 / 6, **TIGHT), pytest.approx(4 / 12, **TIGHT), False)]


def test_k_beyond_n_is_undefined_in_both(store, metrics):
    frame = metrics_frame(store, metrics, [5])
    assert _python(frame, ("m1", "openmp", "reduce", 5))["pass"] is None
    assert store.frame("SELECT * FROM category_metrics WHERE runtime = 'openmp' AND k > 2").is_empty()


def _compare(view_rows: pl.DataFrame, frame: pl.DataFrame, ks: list[int], keys: list[str]) -> int:
    compared = 0
    for row in frame.iter_rows(named=True):
        for k in ks:
            match = view_rows.filter(k=k, **{c: row[c] for c in keys})
            if row[f"pass@{k}"] is None:
                assert match.is_empty()
                continue
            assert match.height == 1, (row, k)
            for name in NAMES:
                assert match[name][0] == pytest.approx(row[f"{name}@{k}"], **TIGHT), (name, k, row)
                compared += 1
    return compared


@pytest.mark.parametrize("by_problem", [False, True])
def test_views_equal_metrics_frame_in_every_scope(store, metrics, by_problem):
    ks = [1, 5, 10, 20]
    keys = ["model", "runtime", "category", *(["problem"] if by_problem else [])]
    view = store.frame("SELECT * FROM " + ("problem_metrics" if by_problem else "category_metrics"))
    merged = metrics_frame(store, metrics, ks, by_problem=by_problem)
    compared = _compare(view.filter(installation="(any)"), merged, ks, keys)
    alone = installation_metrics_frame(store, metrics, ks, by_problem=by_problem)
    compared += _compare(view, alone, ks, ["installation", *keys])
    assert compared == 7 * ((4 + 3) + (6 + 6 + 1) if by_problem else (7 + 5) + (10 + 10 + 2))


def test_scaling_views_equal_metrics_frame_at_each_worker_count(store, metrics):
    view = store.frame("SELECT * FROM category_scaling WHERE installation = '(any)'")
    for workers in (1, 2, 4):
        frame = metrics_frame(store, metrics, [1, 5], workers=workers).filter(pl.col("speedup@1").is_not_null())
        for row in frame.iter_rows(named=True):
            for k in (1, 5):
                if row[f"speedup@{k}"] is None:
                    continue
                keys = {c: row[c] for c in ("model", "runtime", "category")}
                match = view.filter(workers=workers, k=k, **keys)
                assert match["speedup"].to_list() == [pytest.approx(row[f"speedup@{k}"], **TIGHT)]
                assert match["efficiency"].to_list() == [pytest.approx(row[f"efficiency@{k}"], **TIGHT)]


def test_per_metric_views_follow_the_validity_rule(store):
    merged = store.frame(
        "SELECT strict_pass FROM strict_pass_at_k WHERE model = 'm1' AND category = 'reduce' ORDER BY runtime, k"
    )
    assert merged["strict_pass"].to_list() == [pytest.approx(2 / 6), pytest.approx(1.0), pytest.approx(1.0)]
    with store.validity("1.5.1"):
        alone = store.frame(
            "SELECT strict_pass FROM strict_pass_at_k WHERE model = 'm1' AND runtime = 'hpx' AND category = 'reduce'"
            " ORDER BY k"
        )
    assert alone["strict_pass"].to_list() == [pytest.approx(1 / 6), pytest.approx(5 / 6)]


def test_pass_macro_equals_estimator(store):
    grid = [(n, c, k) for n in range(1, 26) for c in range(n + 1) for k in (1, 2, 3, 5, 10, 20, 30)]
    values = store.db.execute(
        "SELECT pass_at_k_estimate(n, c, k) FROM (SELECT unnest(?) AS n, unnest(?) AS c, unnest(?) AS k)",
        [[g[0] for g in grid], [g[1] for g in grid], [g[2] for g in grid]],
    ).fetchall()
    for (n, c, k), (value,) in zip(grid, values, strict=True):
        expected = pass_at_k(n, c, k)
        assert value == (None if expected is None else pytest.approx(expected, **TIGHT)), (n, c, k)


def test_expected_max_weights_equal_estimator(store):
    rng = random.Random(7)
    for n in (1, 2, 5, 6, 13, 20, 25):
        values = sorted(rng.choice([0.0, 0.0, rng.uniform(0.1, 9.0)]) for _ in range(n))
        for k in (1, 2, 5, 10, 20):
            weights = store.db.execute(
                "SELECT expected_max_weight(j, ?, ?) FROM range(1, ? + 1) t(j) ORDER BY j", [n, k, n]
            ).fetchall()
            total = sum(w * v for (w,), v in zip(weights, values, strict=True))
            if k > n:
                assert all(w == 0.0 for (w,) in weights)
                continue
            assert total == pytest.approx(expected_max_at_k(values, k), **TIGHT), (n, k)
            assert weights[-1][0] == pytest.approx(comb(n - 1, k - 1) / comb(n, k), **TIGHT)


def test_metrics_command_json_and_sql_views(store, tmp_path):
    db = tmp_path / "cli.duckdb"
    paper_store(db).close()
    out = hpxeval("metrics", "--db", str(db), "--format", "json", cwd=tmp_path)
    rows = {(r["model"], r["runtime"], r["category"]): r for r in json.loads(out.stdout)}
    row = rows[("m1", "hpx", "reduce")]
    for name in ("pass@1", "strict_pass@1", "build@1", "speedup@1", "efficiency@1"):
        assert name in row
    assert row["efficiency@1"] == pytest.approx(4.75 / 24, **TIGHT)
    assert row["speedup@5"] == pytest.approx(13.75 / 6, **TIGHT)
    assert "pass@10" not in row and "k = 10, 20 left out" in out.stderr
    sql = hpxeval(
        "sql", "--db", str(db), "--format", "json", "SELECT * FROM strict_pass_at_k WHERE k = 1", cwd=tmp_path
    )
    found = {(r["model"], r["runtime"], r["category"]): r["strict_pass"] for r in json.loads(sql.stdout)}
    assert found[("m1", "hpx", "reduce")] == pytest.approx(2 / 6, **TIGHT)
    assert found[("m2", "hpx", "reduce")] == pytest.approx(2 / 5, **TIGHT)


def test_metrics_command_by_installation(tmp_path):
    db = tmp_path / "cli.duckdb"
    paper_store(db).close()
    out = hpxeval("metrics", "--db", str(db), "--by-installation", "--k", "1", "--format", "json", cwd=tmp_path)
    rows = {(r["installation"], r["model"], r["runtime"], r["category"]): r for r in json.loads(out.stdout)}
    assert {key[0] for key in rows} == {"1.10.0", "1.5.1", "g++-12"}
    assert rows[("1.5.1", "m1", "hpx", "reduce")]["strict_pass@1"] == pytest.approx(1 / 6, **TIGHT)
    assert rows[("1.10.0", "m1", "hpx", "reduce")]["strict_pass@1"] == pytest.approx(2 / 6, **TIGHT)
    assert not any(key[0] == "g++-12" and key[2] == "hpx" for key in rows)
    bad = hpxeval("metrics", "--db", str(db), "--workers", "3", cwd=tmp_path, check=False)
    assert bad.returncode == 2 and "--workers 3: not measured" in bad.stderr and "1, 2, 4" in bad.stderr


def test_validity_rules_nest(store):
    def strict_pass() -> float:
        return store.db.execute(
            "SELECT strict_pass FROM strict_pass_at_k WHERE model = 'm1' AND runtime = 'hpx'"
            " AND category = 'reduce' AND k = 1"
        ).fetchone()[0]

    with store.validity("all"):
        outer = strict_pass()
        with store.validity("1.10.0"):
            assert strict_pass() == pytest.approx(2 / 6)
        assert strict_pass() == outer == pytest.approx(1 / 6)  # only s0 is valid everywhere
    assert strict_pass() == pytest.approx(2 / 6)
    assert store.db.execute("SELECT rule FROM validity_rule").fetchone()[0] == "any"


def test_each_model_is_scored_at_its_own_largest_worker_count(tmp_path, metrics):
    """Model a measured at 1, 2 and model b at 1, 2, 4 in one store: a's speedup@1 is taken at 2
    workers (baseline 2.0 s / 0.5 s = 4), b's at 4 (2.0 / 0.25 = 8); neither is zero."""
    store = Store(tmp_path / "two.duckdb")
    add_samples(
        store, "a", "openmp", "reduce", "25_reduce_xor", [Spec({"g++": On(runs=valid(2.0, 0.5, workers=(1, 2)))})]
    )
    add_samples(store, "b", "openmp", "reduce", "25_reduce_xor", [Spec({"g++": On(runs=valid(1.9, 1.0, 0.25))})])
    frame = metrics_frame(store, metrics, [1])
    for model, workers, speedup in (("a", 2, 4.0), ("b", 4, 8.0)):
        row = frame.filter(model=model, category="reduce").row(0, named=True)
        assert (row["workers"], row["speedup@1"], row["efficiency@1"]) == (workers, speedup, speedup / workers)
    view = store.frame(
        "SELECT model, workers, speedup, efficiency FROM category_metrics"
        " WHERE installation = '(any)' AND category = 'reduce' AND k = 1 ORDER BY model"
    )
    assert view.rows() == [("a", 2, 4.0, 2.0), ("b", 4, 8.0, 2.0)]
    assert store.frame("SELECT model, workers FROM model_workers WHERE largest ORDER BY model").rows() == [
        ("a", 2),
        ("b", 4),
    ]
    # an explicit --workers 4: a was not measured there, so its speedup is undefined, not 0
    at4 = metrics_frame(store, metrics, [1], workers=4).filter(model="a", category="reduce")
    assert at4["speedup@1"].to_list() == [None]


def test_unfinished_work_is_missing_not_failed(tmp_path, metrics):
    """An interrupted run: of four samples, one was run at 1 but not yet at 2 workers, one was not
    built on 1.5.1 yet, one not even extracted. They are left out (missing = 3), not counted as
    failures: pass@1 is 1.0 over the one complete sample, and --strict exits 3."""
    store = Store(tmp_path / "part.duckdb")
    both = {"1.10.0": On(runs=valid(2.0, 1.0, workers=(1, 2))), "1.5.1": On(runs=valid(2.0, 1.0, workers=(1, 2)))}
    half_run = {"1.10.0": On(runs=valid(2.0, workers=(1,))), "1.5.1": On(runs=valid(2.0, 1.0, workers=(1, 2)))}
    one_built = {"1.10.0": On(runs=valid(2.0, 1.0, workers=(1, 2)))}
    specs = [Spec(both), Spec(half_run), Spec(one_built), Spec(both)]
    add_samples(store, "m", "hpx", "reduce", "25_reduce_xor", specs)
    store.db.execute(
        "DELETE FROM samples WHERE completion_id = (SELECT completion_id FROM completions WHERE sample = 3)"
    )
    row = metrics_frame(store, metrics, [1]).filter(category="reduce").row(0, named=True)
    missing = store.frame("SELECT samples, complete, missing FROM completeness WHERE category = 'reduce'").rows()
    pass_view = store.frame("SELECT pass FROM pass_at_k WHERE category = 'reduce' AND k = 1").rows()
    store.close()
    assert (row["samples"], row["missing"], row["pass@1"], row["speedup@1"]) == (1, 3, 1.0, 2.0)
    assert missing == [(4, 1, 3)]
    assert pass_view == [(1.0,)]
    out = hpxeval("metrics", "--db", "part.duckdb", "--format", "json", cwd=tmp_path)
    assert "sample(s) in part.duckdb are incomplete" in out.stderr
    assert {r["category"]: r["missing"] for r in json.loads(out.stdout)}["reduce"] == 3
    strict = hpxeval("metrics", "--db", "part.duckdb", "--strict", cwd=tmp_path, check=False)
    assert strict.returncode == 3
