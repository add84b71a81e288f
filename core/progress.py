"""Progress of a run's stages on stderr: bars on a terminal, lines elsewhere, JSON for schedulers.

Without a terminal (nohup, Slurm, CI, a pipe into tee) rich draws nothing until the end, so a
long run looked dead; `lines` prints one line per stage step at most every `interval` seconds
(and at a stage's end) with done/total, rate and ETA, and `json` prints the same as JSON lines.
"""

from __future__ import annotations

import json
import sys
import time
from typing import IO, Any

from attrs import define, field
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

MODES = ("auto", "bar", "lines", "json")


class BarReporter:
    """Progress bars with ETA on stderr, one per stage (a terminal's default)."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<9}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        )
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> BarReporter:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def start(self, phase: str, total: int) -> None:
        self.tasks[phase] = self.progress.add_task(phase, total=total)

    def advance(self, phase: str, n: int = 1) -> None:
        self.progress.advance(self.tasks[phase], n)

    def note(self, message: str) -> None:
        self.progress.console.print(message)


@define
class _Stage:
    total: int
    started: float
    done: int = 0
    shown: float = 0.0


@define
class LineReporter:
    """One line (or JSON object) per stage step, at most every `interval` seconds, and at the end."""

    stream: IO[str] = field(factory=lambda: sys.stderr)
    interval: float = 10.0
    as_json: bool = False
    clock: Any = time.monotonic
    stages: dict[str, _Stage] = field(factory=dict)

    def __enter__(self) -> LineReporter:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def start(self, phase: str, total: int) -> None:
        self.stages[phase] = _Stage(total, self.clock())
        self._show(phase)

    def advance(self, phase: str, n: int = 1) -> None:
        stage = self.stages[phase]
        stage.done += n
        if stage.done >= stage.total or self.clock() - stage.shown >= self.interval:
            self._show(phase)

    def note(self, message: str) -> None:
        if self.as_json:
            self._write({"event": "note", "message": message})
        else:
            self._write(message)

    def _show(self, phase: str) -> None:
        stage, now = self.stages[phase], self.clock()
        stage.shown = now
        elapsed = now - stage.started
        rate = stage.done / elapsed if elapsed > 0 and stage.done else None
        eta = (stage.total - stage.done) / rate if rate else None
        if self.as_json:
            record = {"event": "progress", "stage": phase, "done": stage.done, "total": stage.total}
            record.update(elapsed_s=round(elapsed, 1), rate_per_s=rate and round(rate, 3), eta_s=eta and round(eta))
            self._write(record)
            return
        percent = 100 * stage.done // stage.total if stage.total else 100
        text = f"{phase}: {stage.done}/{stage.total} ({percent}%), {_duration(elapsed)} elapsed"
        if rate:
            text += (
                f", {rate * 60:.1f}/min, eta {_duration(eta)}" if stage.done < stage.total else f", {rate * 60:.1f}/min"
            )
        self._write(text)

    def _write(self, item: str | dict) -> None:
        self.stream.write((json.dumps(item) if isinstance(item, dict) else item) + "\n")
        self.stream.flush()


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else (f"{minutes}m{secs:02d}s" if minutes else f"{secs}s")


def make_reporter(mode: str, console: Console) -> BarReporter | LineReporter:
    """The reporter for `--progress`: auto = bars on a terminal, lines otherwise."""
    if mode == "json":
        return LineReporter(as_json=True)
    if mode == "lines" or (mode == "auto" and not console.is_terminal):
        return LineReporter()
    return BarReporter(console)
