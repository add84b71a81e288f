"""The standard metrics: build@k, pass@k, strict_pass@k, speedup@k, efficiency@k and the max forms."""

from hpxeval.hookspecs import hookimpl
from hpxeval.metrics import Metric, ProblemScores

from .estimators import expected_max_at_k, pass_at_k


def _count(flags: tuple[bool, ...]) -> int:
    return sum(1 for f in flags if f)


METRICS = (
    Metric("build@k", "P(at least one of k samples builds)", lambda s, k: pass_at_k(s.n, _count(s.built), k)),
    Metric("pass@k", "P(at least one of k samples is valid)", lambda s, k: pass_at_k(s.n, _count(s.valid), k)),
    Metric(
        "strict_pass@k",
        "P(at least one of k samples is valid and really uses the runtime)",
        lambda s, k: pass_at_k(s.n, _count(s.strict), k),
    ),
    Metric(
        "speedup@k",
        "E[best speedup over the serial baseline among k samples] at the chosen worker count",
        lambda s, k: expected_max_at_k(s.speedup, k),
    ),
    Metric(
        "efficiency@k",
        "speedup@k divided by the worker count (invalid samples count as 0 among all n)",
        lambda s, k: expected_max_at_k([x / s.workers for x in s.speedup], k),
    ),
    Metric(
        "speedup_max@k",
        "E[best speedup among k samples], each at its best worker count",
        lambda s, k: expected_max_at_k(s.speedup_max, k),
    ),
    Metric(
        "efficiency_max@k",
        "E[best efficiency among k samples], each at its best worker count",
        lambda s, k: expected_max_at_k(s.efficiency_max, k),
    ),
)


@hookimpl
def register_metrics(register):
    for metric in METRICS:
        register(metric)


__all__ = ["METRICS", "ProblemScores", "expected_max_at_k", "pass_at_k"]
