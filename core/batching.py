"""Batch APIs (OpenAI Batch, Anthropic Message Batches): submit, poll, collect, resume.

Every submitted batch is recorded in a journal (the DuckDB store's `batches` table) before it is
polled, so an interrupted `hpxeval generate` polls the batches it already paid for instead of
submitting them again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from attrs import define, field
from hpxeval.records import Request


@define(frozen=True)
class Line:
    """One request of a batch: the completion ids its choices answer, in order, and what it sent."""

    ids: list[str]
    sent: dict[str, Any]


@define(frozen=True)
class OpenBatch:
    """A submitted batch not yet collected: its id and its lines by custom id."""

    batch_id: str
    lines: dict[str, Line]

    def ids(self) -> set[str]:
        return {c for line in self.lines.values() for c in line.ids}


@define(frozen=True)
class BatchState:
    """What a poll found: the provider's status word, whether it has ended, and its progress."""

    status: str
    ended: bool
    done: int = 0
    total: int = 0


@define(frozen=True)
class BatchResult:
    """One line of a batch's results: the response (as the backend's `answers` reads it) or an error."""

    custom_id: str
    response: Any = None
    error: str | None = None


class Journal(Protocol):
    """Where submitted batches are recorded (the Store implements it)."""

    def open_batches(self, model: str, settings_sha: str) -> list[OpenBatch]: ...
    def add_batch(self, batch_id: str, model: str, settings_sha: str, lines: dict[str, Line]) -> None: ...
    def close_batch(self, batch_id: str, status: str) -> None: ...


@define
class MemoryJournal:
    """A journal that lives as long as the process (when generation runs without a store)."""

    batches: dict[str, tuple[str, str, dict[str, Line]]] = field(factory=dict)
    closed: dict[str, str] = field(factory=dict)

    def open_batches(self, model: str, settings_sha: str) -> list[OpenBatch]:
        return [
            OpenBatch(bid, lines)
            for bid, (m, s, lines) in self.batches.items()
            if (m, s) == (model, settings_sha) and bid not in self.closed
        ]

    def add_batch(self, batch_id: str, model: str, settings_sha: str, lines: dict[str, Line]) -> None:
        self.batches[batch_id] = (model, settings_sha, lines)

    def close_batch(self, batch_id: str, status: str) -> None:
        self.closed[batch_id] = status


class BatchBackend(Protocol):
    """What a backend implements to use its provider's batch API (see core/backends.py)."""

    def batch_submit(self, lines: list[tuple[str, dict[str, Any]]]) -> str: ...
    def batch_poll(self, batch_id: str) -> BatchState: ...
    def batch_results(self, batch_id: str) -> Iterator[BatchResult]: ...


@define
class Plan:
    """Which open batches to resume and which groups still need submitting."""

    resume: list[OpenBatch]
    submit: list[list[Request]]


def plan(groups: Sequence[list[Request]], ids: dict[Request, str], open_batches: list[OpenBatch]) -> Plan:
    """Resume every open batch that answers a wanted completion; submit the groups none covers."""
    wanted = set(ids.values())
    resume = [b for b in open_batches if wanted & b.ids()]
    covered = {c for b in resume for c in b.ids()}
    return Plan(resume, [g for g in groups if not any(ids[r] in covered for r in g)])


def wait(
    backend: BatchBackend,
    batch_id: str,
    poll_s: float,
    notify: Callable[[str], None],
    sleep: Callable[[float], None] = time.sleep,
) -> BatchState:
    """Poll a batch until it has ended, telling the user its progress when it changes."""
    last = None
    while True:
        state = backend.batch_poll(batch_id)
        if (state.status, state.done) != last:
            notify(f"batch {batch_id}: {state.status} ({state.done}/{state.total} done)")
            last = (state.status, state.done)
        if state.ended:
            return state
        sleep(poll_s)
