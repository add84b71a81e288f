"""`pareval-legacy`: upstream ParEval's analysis/metrics.py estimators, flaws included.

Published ParEval (and ParEval-HPX) tables were computed with these; hpxeval's own metrics
(plugins/metrics/standard) are the exact estimators of the paper. Show both side by side with
`hpxeval metrics --metric pareval-legacy` (docs/metrics.md lists every difference).
"""

from hpxeval.hookspecs import hookimpl
from hpxeval.metrics import Metric

from .estimators import build_at_k, efficiency_at_k, efficiency_max_at_k, pass_at_k, speedup_at_k, speedup_max_at_k

PLUGIN = "pareval-legacy"

METRICS = (
    Metric("pareval_build@k", "upstream ParEval's build@k: over run rows, not samples", build_at_k),
    Metric("pareval_pass@k", "upstream ParEval's pass@k (1.0 where k > n)", pass_at_k),
    Metric(
        "pareval_speedup@k",
        "upstream ParEval's speedup@k: valid runs only, runtimes ascending, C(a, b) = 1 for a < b",
        speedup_at_k,
        empty=0.0,
    ),
    Metric(
        "pareval_efficiency@k",
        "upstream ParEval's efficiency@k: as its speedup@k, divided by its fixed resource count (OpenMP: 8)",
        efficiency_at_k,
        empty=0.0,
    ),
    Metric(
        "pareval_speedup_max@k",
        "upstream ParEval's speedup_max@k: each sample's fastest valid run, if its first run is valid",
        speedup_max_at_k,
        empty=0.0,
    ),
    Metric(
        "pareval_efficiency_max@k",
        "upstream ParEval's efficiency_max@k: resource counts paired with sorted runtimes by position",
        efficiency_max_at_k,
        empty=0.0,
    ),
)


@hookimpl
def register_metrics(register):
    for metric in METRICS:
        register(metric)
