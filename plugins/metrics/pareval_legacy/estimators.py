"""Upstream ParEval's estimators (analysis/metrics.py, parallelcodefoundry/ParEval), re-derived
on hpxeval's records so that published numbers can be reproduced from an hpxeval store.

What they do, which hpxeval's own estimators do not (docs/metrics.md):
- speedup/efficiency keep only valid runs, so n is the number of valid samples, and a problem
  without any drops out of its category's mean (a category without any shows 0.0);
- run times are sorted ascending and the j-th fastest gets the weight C(j-1, k-1) / C(N, k),
  where C(a, b) is 1 for a < b: with k >= N that is the *sum* of the speedups;
- build@k counts result rows (one per run of a built sample, one for a sample that did not
  build), pass@k is 1.0 for k > n;
- efficiency divides by a fixed resource count per programming model (OpenMP: 8, although
  speedup is read at another count), and efficiency_max pairs the sorted runtimes with resource
  counts in sample order.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import comb

from hpxeval.metrics import ProblemScores, TimedRun

RESOURCES = {"serial": 1, "openmp": 8}  # upstream's n_resources of efficiency@k; others: the worker count
TINY = 1e-8  # upstream's floor on a runtime


def n_choose_r(n: int, r: int) -> int:
    """Upstream's nCr: 1 where n < r (not 0)."""
    return 1 if n < r else comb(n, r)


def passk(n: int, c: int, k: int) -> float:
    """Upstream's _passk: 1 - prod(1 - k / i) for i in n-c+1..n; 1.0 where n - c < k (so k > n too)."""
    if n - c < k:
        return 1.0
    product = 1.0
    for i in range(n - c + 1, n + 1):
        product *= 1.0 - k / i
    return 1.0 - product


def weighted(runtimes: Sequence[float], baseline: float, k: int, resources: Sequence[float]) -> float:
    """Upstream's _speedupk / _efficiencyk: runtimes sorted ascending, resources left in their order."""
    ordered = sorted(runtimes)
    total = 0.0
    for j, (runtime, res) in enumerate(zip(ordered, resources, strict=True), start=1):
        total += n_choose_r(j - 1, k - 1) * baseline / (n_choose_r(len(ordered), k) * max(runtime, TINY) * res)
    return total


def build_at_k(s: ProblemScores, k: int) -> float:
    rows = [max(1, len(runs)) if built else 1 for built, runs in zip(s.built, _runs(s), strict=True)]
    return passk(sum(rows), sum(r for r, built in zip(rows, s.built, strict=True) if built), k)


def pass_at_k(s: ProblemScores, k: int) -> float:
    return passk(s.n, sum(s.valid), k)


def _runs(s: ProblemScores) -> tuple[tuple[TimedRun, ...], ...]:
    return s.runs or tuple(() for _ in s.valid)


def _at_workers(s: ProblemScores) -> list[TimedRun]:
    """The valid runs at the chosen worker count, in sample order (upstream's thread filter)."""
    return [r for runs in _runs(s) for r in runs if r.workers == s.workers and r.valid]


def speedup_at_k(s: ProblemScores, k: int) -> float | None:
    rows = _at_workers(s)
    if not rows:
        return None
    baseline = min(r.baseline_seconds for r in rows)
    return weighted([r.seconds for r in rows], baseline, k, [1] * len(rows))


def efficiency_at_k(s: ProblemScores, k: int) -> float | None:
    rows = _at_workers(s)
    if not rows:
        return None
    baseline = min(r.baseline_seconds for r in rows)
    res = RESOURCES.get(s.runtime, s.workers)
    return weighted([r.seconds for r in rows], baseline, k, [res] * len(rows))


def speedup_max_at_k(s: ProblemScores, k: int) -> float | None:
    """Each sample's fastest valid run, kept only where its first run (upstream's run_idx 0) is valid."""
    picked = []
    for runs in _runs(s):
        good = [r for r in runs if r.valid]
        if runs and runs[0].valid:
            picked.append((min(r.seconds for r in good), min(r.baseline_seconds for r in good)))
    if not picked:
        return None
    return weighted([t for t, _ in picked], min(b for _, b in picked), k, [1] * len(picked))


def efficiency_max_at_k(s: ProblemScores, k: int) -> float | None:
    """Each sample's valid run with the least runtime × resources (serial: 1, else the workers)."""
    picked = []
    for runs in _runs(s):
        good = [r for r in runs if r.valid]
        if not good:
            continue
        res = (lambda r: 1) if s.runtime == "serial" else (lambda r: r.workers)
        best = min(good, key=lambda r: r.seconds * res(r))
        picked.append((best.seconds, min(r.baseline_seconds for r in good), res(best)))
    if not picked:
        return None
    return weighted([t for t, _, _ in picked], min(b for _, b, _ in picked), k, [n for _, _, n in picked])
