"""The metric estimators against brute-force enumeration of all k-subsets and hand values."""

from __future__ import annotations

from itertools import combinations

import pytest
from hpxeval_metrics.estimators import expected_max_at_k, pass_at_k


def brute_pass(flags: list[bool], k: int) -> float:
    subsets = list(combinations(range(len(flags)), k))
    return sum(any(flags[i] for i in s) for s in subsets) / len(subsets)


def brute_max(values: list[float], k: int) -> float:
    subsets = list(combinations(range(len(values)), k))
    return sum(max(values[i] for i in s) for s in subsets) / len(subsets)


@pytest.mark.parametrize("n", range(1, 8))
def test_pass_at_k_equals_enumeration(n):
    for c in range(n + 1):
        flags = [True] * c + [False] * (n - c)
        for k in range(1, n + 1):
            assert pass_at_k(n, c, k) == pytest.approx(brute_pass(flags, k), abs=1e-12)


def test_pass_at_k_hand_values():
    assert pass_at_k(5, 2, 2) == pytest.approx(1 - 3 / 10)  # 1 - C(3,2)/C(5,2)
    assert pass_at_k(10, 0, 5) == 0.0
    assert pass_at_k(10, 10, 1) == 1.0
    assert pass_at_k(20, 1, 1) == pytest.approx(0.05)
    assert pass_at_k(3, 1, 5) is None  # k > n: undefined, not silently 1


@pytest.mark.parametrize(
    "values",
    [
        [0.0, 0.0, 3.0, 0.0, 1.5],  # fewer valid samples (2) than k for k = 3, 4, 5
        [2.0, 1.0, 4.0, 3.0],
        [0.0, 0.0, 0.0],
        [1.0, 1.0, 1.0, 7.5, 0.0, 2.25],
        [5.0],
    ],
)
def test_expected_max_equals_enumeration(values):
    for k in range(1, len(values) + 1):
        assert expected_max_at_k(values, k) == pytest.approx(brute_max(values, k), abs=1e-12)


def test_expected_max_with_fewer_valid_than_k_is_an_average_not_a_sum():
    # two valid samples (speedups 3 and 1.5) among 5; k = 4: every 4-subset but the ones missing
    # the 3.0 contains it: 4 of 5 subsets have max 3.0, the fifth has max 1.5.
    values = [0.0, 0.0, 3.0, 0.0, 1.5]
    assert expected_max_at_k(values, 4) == pytest.approx((4 * 3.0 + 1 * 1.5) / 5)
    assert expected_max_at_k(values, 5) == pytest.approx(3.0)
    assert expected_max_at_k(values, 1) == pytest.approx(4.5 / 5)


def test_expected_max_undefined_beyond_n():
    assert expected_max_at_k([1.0, 2.0], 3) is None
    assert expected_max_at_k([], 1) is None
