"""Progress without a terminal: one line per stage step at an interval, with rate and ETA; JSON lines."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from hpxeval.progress import LineReporter
from support import XOR


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_lines_at_the_interval_and_at_the_end():
    out, clock = io.StringIO(), Clock()
    reporter = LineReporter(stream=out, interval=10.0, clock=clock)
    reporter.start("build", 4)
    for seconds in (3.0, 12.0, 15.0, 20.0):  # steps at 3 s, 12 s, 15 s, 20 s
        clock.now = seconds
        reporter.advance("build")
    assert out.getvalue().splitlines() == [
        "build: 0/4 (0%), 0s elapsed",
        "build: 2/4 (50%), 12s elapsed, 10.0/min, eta 12s",  # 3 s was too soon after the first line
        "build: 4/4 (100%), 20s elapsed, 12.0/min",
    ]


def test_json_lines_for_schedulers():
    out, clock = io.StringIO(), Clock()
    reporter = LineReporter(stream=out, interval=0.0, as_json=True, clock=clock)
    reporter.start("run", 2)
    clock.now = 4.0
    reporter.advance("run")
    reporter.note("note: something")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[1] == {
        "event": "progress",
        "stage": "run",
        "done": 1,
        "total": 2,
        "elapsed_s": 4.0,
        "rate_per_s": 0.25,
        "eta_s": 4,
    }
    assert lines[2] == {"event": "note", "message": "note: something"}


def test_a_run_without_a_terminal_prints_progress_lines(tmp_path):
    env = dict(os.environ, COLUMNS="200")
    cmd = [sys.executable, "-m", "hpxeval", "run", "--runtime", "serial", "--problem", XOR, "--workers", "1"]
    out = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, check=True)
    lines = out.stderr.splitlines()
    for stage in ("generate", "extract", "build", "run"):
        assert f"{stage}: 1/1 (100%)" in "\n".join(lines), out.stderr
    json_run = subprocess.run([*cmd, "--progress", "json"], cwd=tmp_path, capture_output=True, text=True, env=env)
    events = [json.loads(line) for line in json_run.stderr.splitlines() if line.startswith("{")]
    assert {e["stage"] for e in events if e["event"] == "progress"} >= {"generate", "extract", "build", "run"}
