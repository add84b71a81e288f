"""Where builds and timed runs happen. The local pool is the default executor.

Builds run in parallel (a thread pool sized to the cores; each build is a compiler process);
timed runs run one at a time and never beside a build, so a timed run owns the machine.
A future `executor` plugin kind (e.g. Slurm job arrays) implements the same two methods.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class LocalExecutor:
    """Builds on a local thread pool; timed runs one at a time in the calling thread."""

    name = "local"

    def __init__(self, build_jobs: int = 0):
        self.build_jobs = build_jobs or os.cpu_count() or 1

    def builds(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        """Apply fn to every task in parallel; yield results as they finish."""
        tasks = list(tasks)
        if self.build_jobs == 1 or len(tasks) <= 1:
            yield from map(fn, tasks)
            return
        with ThreadPoolExecutor(max_workers=self.build_jobs) as pool:
            futures = [pool.submit(fn, t) for t in tasks]
            for fut in as_completed(futures):
                yield fut.result()

    def run(self, fn: Callable[[T], R], task: T) -> R:
        """Apply fn to one timed-run task now, in this thread (timed runs never overlap)."""
        return fn(task)
