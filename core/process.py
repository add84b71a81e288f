"""Running untrusted programs: own process group, time limit, capped output, nothing left behind."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from attrs import define


@define(frozen=True)
class Finished:
    """What a process did: exit code or signal, whether it timed out, its (capped) output."""

    returncode: int | None
    signal: int | None
    timed_out: bool
    stdout: str
    stderr: str
    seconds: float
    truncated: bool
    results: str = ""


def _drain(stream, cap: int, sink: list[bytes], flags: dict[str, bool]) -> None:
    size = 0
    while chunk := stream.read(65536):
        if size < cap:
            sink.append(chunk[: cap - size])
        else:
            flags["truncated"] = True
        size += len(chunk)


def run_limited(
    argv: Sequence[str],
    *,
    stdin: str = "",
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 60.0,
    output_cap: int = 1 << 20,
    preexec: Callable[[], None] | None = None,
    result_pipe: bool = False,
) -> Finished:
    """Run argv in a new session; on timeout kill the whole process group with SIGKILL.

    Output beyond `output_cap` bytes per stream is read and discarded, so a flood can neither
    block the child nor fill memory. With `result_pipe`, a separate pipe is inherited by the
    child, its number replaces `{result_fd}` in `stdin`, and what is written to it comes back
    as `results`: a channel that no flood of stdout can crowd out.
    """
    start = time.monotonic()
    result_r, result_w = os.pipe() if result_pipe else (-1, -1)
    if result_pipe:
        stdin = stdin.replace("{result_fd}", str(result_w))
    proc = subprocess.Popen(
        list(argv),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=dict(env) if env is not None else None,
        start_new_session=True,
        preexec_fn=preexec,
        pass_fds=(result_w,) if result_pipe else (),
    )
    res: list[bytes] = []
    if result_pipe:
        os.close(result_w)
    out: list[bytes] = []
    err: list[bytes] = []
    flags = {"truncated": False}
    readers = [
        threading.Thread(target=_drain, args=(proc.stdout, output_cap, out, flags), daemon=True),
        threading.Thread(target=_drain, args=(proc.stderr, output_cap, err, flags), daemon=True),
    ]
    if result_pipe:
        readers.append(threading.Thread(target=_drain, args=(os.fdopen(result_r, "rb"), 1 << 20, res, {}), daemon=True))
    for t in readers:
        t.start()
    try:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    except BrokenPipeError:
        pass
    timed_out = False
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
    _kill_group(proc.pid)
    proc.wait()
    for t in readers:
        t.join(timeout=5)
    rc = proc.returncode
    return Finished(
        returncode=rc if rc is not None and rc >= 0 else None,
        signal=-rc if rc is not None and rc < 0 else None,
        timed_out=timed_out,
        stdout=b"".join(out).decode("utf-8", "replace"),
        stderr=b"".join(err).decode("utf-8", "replace"),
        results=b"".join(res).decode("utf-8", "replace"),
        seconds=time.monotonic() - start,
        truncated=flags["truncated"],
    )


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def trim_log(text: str, limit: int = 8000) -> str:
    """Head and tail of a long log, so that the first error and the last words both survive."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + f"\n[… {len(text) - limit} characters omitted …]\n" + text[-half:]
