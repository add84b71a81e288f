"""Unbiased estimators over n samples of which k are drawn (Chen et al. 2021; ParEval)."""

from __future__ import annotations

from collections.abc import Sequence
from math import comb


def pass_at_k(n: int, c: int, k: int) -> float | None:
    """P(at least one of k samples drawn without replacement from n is correct), c correct.

    None where undefined: k < 1 or k > n (pass@0 is not 0, there is no draw).
    """
    if not 0 <= c <= n:
        raise ValueError(f"pass_at_k: c = {c} correct samples out of n = {n}")
    if k > n or n == 0 or k < 1:
        return None
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def expected_max_at_k(values: Sequence[float], k: int) -> float | None:
    """E[max of a k-subset drawn uniformly from the n values] (speedup@k, efficiency@k).

    Sorted ascending, value j (1-based) is the maximum of C(j-1, k-1) of the C(n, k) subsets.
    Invalid samples enter as 0.0 among all n, so fewer valid samples than k is no special case.
    """
    n = len(values)
    if k > n or n == 0 or k < 1:
        return None
    ordered = sorted(values)
    total = comb(n, k)
    return sum(comb(j - 1, k - 1) * v for j, v in enumerate(ordered, start=1) if j >= k) / total
