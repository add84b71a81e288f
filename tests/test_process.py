"""Running untrusted programs: time limit kills the whole group, output is capped."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hpxeval.process import Finished, run_limited, trim_log
from hpxeval.toolchain import verdict


def test_timeout_kills_children_in_the_group(tmp_path):
    pidfile = tmp_path / "child.pid"
    script = f"sleep 300 & echo $! > {pidfile}; wait"
    start = time.monotonic()
    fin = run_limited(["sh", "-c", script], timeout=1.0)
    assert fin.timed_out and time.monotonic() - start < 10
    child = int(pidfile.read_text())
    time.sleep(0.2)
    stat = Path(f"/proc/{child}/stat")
    assert not stat.exists() or stat.read_text().split()[2] == "Z"


def test_output_is_capped_and_the_child_is_not_blocked():
    fin = run_limited(
        ["sh", "-c", "head -c 5000000 /dev/zero | tr '\\0' x; echo done >&2"], timeout=30, output_cap=1000
    )
    assert fin.returncode == 0 and fin.truncated
    assert len(fin.stdout) == 1000 and fin.stderr.strip() == "done"


def test_signal_and_exit_code_are_reported():
    assert run_limited(["sh", "-c", "kill -SEGV $$"], timeout=10).signal == 11
    assert run_limited(["sh", "-c", "exit 3"], timeout=10).returncode == 3


def test_trim_log_keeps_head_and_tail():
    text = "A" * 100 + "B" * 100
    trimmed = trim_log(text, 50)
    assert trimmed.startswith("A" * 25) and trimmed.endswith("B" * 25) and "150 characters omitted" in trimmed


@pytest.mark.parametrize(
    "returncode, expected",
    [(139, ("crash", "killed by signal 11")), (255, ("exit", "exit code 255")), (1, ("exit", "exit code 1"))],
)
def test_exit_codes_under_bubblewrap_decode_only_real_signals(returncode, expected):
    """bubblewrap reports a child killed by signal N as exit 128 + N; a program exiting with -1
    (255, as HPX does on a bad --hpx:threads) is an exit, not 'signal 127'."""
    fin = Finished(returncode, None, False, "", "", 0.1, False)
    assert verdict(fin, {}, wrapped=True) == expected
