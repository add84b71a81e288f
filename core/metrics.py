"""The metric contract: an estimator over one problem's n samples at k (docs/metrics.md)."""

from __future__ import annotations

from collections.abc import Callable

from attrs import define


@define(frozen=True)
class TimedRun:
    """One run of a sample at a worker count, as a metric that works on raw times sees it."""

    workers: int
    valid: bool
    seconds: float | None = None
    baseline_seconds: float | None = None


@define(frozen=True)
class ProblemScores:
    """One problem's n samples for one model and runtime: what every metric estimates from.

    `speedup` holds, per sample, the speedup at the chosen worker count (0.0 for a sample that
    is not valid), empty where the runtime was not measured at that count; `speedup_max` /
    `efficiency_max` the best over all measured worker counts. `runs` holds each sample's runs
    (merged over installations by the validity rule), for metrics defined on raw times.
    """

    built: tuple[bool, ...]
    valid: tuple[bool, ...]
    strict: tuple[bool, ...]
    speedup: tuple[float, ...]
    workers: int
    speedup_max: tuple[float, ...]
    efficiency_max: tuple[float, ...]
    runs: tuple[tuple[TimedRun, ...], ...] = ()
    runtime: str = ""

    @property
    def n(self) -> int:
        return len(self.valid)


@define(frozen=True)
class Metric:
    """A named estimator: `estimate(scores, k)` is the problem's value, None where k > n.

    A category's value is the mean over its problems with a value; `empty` is what a category
    shows where no problem has one (None: nothing; upstream ParEval's analysis writes 0.0)."""

    name: str  # with a literal "k", e.g. "pass@k"
    description: str
    estimate: Callable[[ProblemScores, int], float | None]
    empty: float | None = None

    def column(self, k: int) -> str:
        return self.name.replace("@k", f"@{k}")
