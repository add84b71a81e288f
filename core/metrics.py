"""The metric contract: an estimator over one problem's n samples at k (docs/metrics.md)."""

from __future__ import annotations

from collections.abc import Callable

from attrs import define


@define(frozen=True)
class ProblemScores:
    """One problem's n samples for one model and runtime: what every metric estimates from.

    `speedup` holds, per sample, the speedup at the chosen worker count (0.0 for a sample that
    is not valid), empty where the runtime was not measured at that count; `speedup_max` /
    `efficiency_max` the best over all measured worker counts.
    """

    built: tuple[bool, ...]
    valid: tuple[bool, ...]
    strict: tuple[bool, ...]
    speedup: tuple[float, ...]
    workers: int
    speedup_max: tuple[float, ...]
    efficiency_max: tuple[float, ...]

    @property
    def n(self) -> int:
        return len(self.valid)


@define(frozen=True)
class Metric:
    """A named estimator: `estimate(scores, k)` is the problem's value, None where k > n."""

    name: str  # with a literal "k", e.g. "pass@k"
    description: str
    estimate: Callable[[ProblemScores, int], float | None]

    def column(self, k: int) -> str:
        return self.name.replace("@k", f"@{k}")
