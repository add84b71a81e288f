"""The `command` model: pipes each prompt into a local command; its standard output is the completion.

    hpxeval run --model "command:python3 my_model.py" --runtime openmp

The command runs once per request, with the prompt text on standard input and
HPXEVAL_PROBLEM, HPXEVAL_RUNTIME and HPXEVAL_SAMPLE in its environment. Anything that can
answer a prompt on the command line (a local llama.cpp binary, a shell script around curl, a
stub for tests) becomes a model this way.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from typing import Any

from hpxeval.hookspecs import hookimpl
from hpxeval.models import Model, ModelError
from hpxeval.records import Completion, Request


class CommandModel(Model):
    name = "command"
    description = "A local command: prompt on stdin, completion from stdout"

    def __init__(self, argument: str | None, options: dict[str, Any]):
        super().__init__(argument, options)
        command = argument or options.get("command")
        if not command:
            raise ModelError(
                "give the command as --model 'command:CMD ARGS' or `command = \"CMD ARGS\"` in [models.command]"
            )
        self.argv = shlex.split(str(command))
        if shutil.which(self.argv[0]) is None:
            raise ModelError(f"{self.argv[0]!r} is not an executable on PATH")
        self.timeout = float(options.get("timeout", 600))

    def settings(self) -> dict[str, Any]:
        """The command line is what changes the output: it is part of every completion's cache key."""
        return {"command": self.argv}

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        for req in requests:
            env = dict(
                os.environ,
                HPXEVAL_PROBLEM=req.problem.id,
                HPXEVAL_RUNTIME=req.prompt.runtime,
                HPXEVAL_SAMPLE=str(req.sample),
            )
            start = time.monotonic()
            try:
                out = subprocess.run(
                    self.argv, input=req.prompt.text, capture_output=True, text=True, env=env, timeout=self.timeout
                )
            except subprocess.TimeoutExpired:
                raise ModelError(f"{self.argv[0]} took longer than {self.timeout:g} s on {req.problem.id}") from None
            if out.returncode != 0:
                tail = out.stderr.strip()[-300:]
                raise ModelError(f"{self.argv[0]} exited {out.returncode} on {req.problem.id}: {tail}")
            yield Completion(req, out.stdout, sent={"command": self.argv}, latency_s=time.monotonic() - start)


@hookimpl
def register_models(register):
    register(CommandModel)
