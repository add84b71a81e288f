"""Time the metrics on a paper-sized synthetic store: the Python estimators and the SQL views.

usage: python bench/metric_views.py [--db bench-metrics.duckdb] [--models 3] [--samples 20]
Writes a store of 70 problems × 3 runtimes × M models × n samples (2 installations, workers
1, 2, 4, 8) directly with SQL, then prints the seconds of opening the store, of `metrics_frame`
(plugins), of the category_metrics view, of the report and of both exports.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from hpxeval import plugins as plugin_manager
from hpxeval.export import export
from hpxeval.report import write_report
from hpxeval.scoring import metrics_frame
from hpxeval.store import Store

FILL = """
INSERT INTO completions (completion_id, experiment_id, model, prompt_sha, problem, category, runtime, sample, text)
SELECT concat_ws('-', m, p, r, s), 'bench', 'model' || m, concat_ws('-', p, r),
       lpad(p::VARCHAR, 2, '0') || '_problem', 'category' || (p // 5), rt, s, 'text'
FROM range({models}) a(m), range(70) b(p), (VALUES (0, 'serial'), (1, 'openmp'), (2, 'hpx')) c(r, rt),
     range({samples}) d(s);
INSERT INTO samples
SELECT completion_id, problem, runtime, CASE WHEN hash(completion_id) % 10 = 0 THEN 'no_code' ELSE 'ok' END, '',
       'code', sha256(completion_id), hash(completion_id) % 3 <> 0, ['parallel_algorithm'] FROM completions;
INSERT INTO builds (code_sha, problem, runtime, installation, version, ok, status, seconds, log)
SELECT code_sha, problem, runtime, i, i, hash(code_sha || i) % 4 <> 0,
       CASE WHEN hash(code_sha || i) % 4 <> 0 THEN 'ok' ELSE 'compile_error' END, 1.0,
       'tu.cpp:1:1: error: expected '';'' before ''}}'' token'
FROM samples, (VALUES ('1.5.1'), ('1.10.0')) t(i) WHERE status = 'ok';
INSERT INTO runs (code_sha, problem, runtime, installation, workers, repetition, status, valid, seconds,
                  baseline_seconds)
SELECT code_sha, problem, runtime, installation, w, 0, 'valid', true, 2.0 / (1 + (hash(code_sha) % 7) * w / 8.0), 2.0
FROM builds, (VALUES (1), (2), (4), (8)) t(w) WHERE ok;
"""


def timed(label: str, fn) -> object:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<34} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="bench-metrics.duckdb")
    parser.add_argument("--models", type=int, default=3)
    parser.add_argument("--samples", type=int, default=20)
    args = parser.parse_args()
    Path(args.db).unlink(missing_ok=True)
    store = Store(args.db)
    store.db.execute(FILL.format(models=int(args.models), samples=int(args.samples)))
    store.close()
    store = timed("open store (schema cached)", lambda: Store(args.db))
    count = store.db.execute("SELECT count(*) FROM completions").fetchone()[0]
    print(f"{count} samples")
    plugins = plugin_manager.installed()
    metrics = [plugins.get("metric", n) for n in plugins.names("metric")]
    timed("metrics_frame, all metrics, k 1..20", lambda: metrics_frame(store, metrics, [1, 5, 10, 20]))
    timed("category_metrics view", lambda: store.frame("SELECT * FROM category_metrics"))
    timed("strict_pass_at_k view", lambda: store.frame("SELECT * FROM strict_pass_at_k"))
    with tempfile.TemporaryDirectory() as tmp:
        timed("report", lambda: write_report(store, Path(tmp) / "report"))
        timed("export parquet", lambda: export(store, Path(tmp) / "parquet", "parquet"))
        timed("export csv", lambda: export(store, Path(tmp) / "csv", "csv"))
    store.close()


if __name__ == "__main__":
    main()
