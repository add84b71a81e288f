"""The model backend contract: a plugin class turns generation requests into completions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from hpxeval.records import Completion, Problem, Prompt, Request


class ModelError(Exception):
    """A model backend cannot serve a spec or a request (message is shown to the user)."""


class Model:
    """Base class of model backends, registered with `register_models`.

    A spec `plugin[:argument]` selects the class by `name` and passes the argument;
    `options` are the `[models.<name>]` table of the experiment file plus generation settings.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    def __init__(self, argument: str | None, options: dict[str, Any]):
        self.argument = argument
        self.options = options

    @property
    def label(self) -> str:
        """The model name stored with every completion (e.g. `openai:gpt-5`)."""
        return self.name if self.argument is None else f"{self.name}:{self.argument}"

    def settings(self) -> dict[str, Any]:
        """The settings that change the output; part of every completion's cache key."""
        return {}

    def requests(self, prompts: Sequence[tuple[Prompt, Problem]], samples: int | None) -> list[Request]:
        """The requests this model answers for the prompts: `samples` per prompt (default 1)."""
        n = 1 if samples is None else samples
        return [Request(p, i, self.label, problem) for p, problem in prompts for i in range(n)]

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        """Yield one completion per request, in any order, as soon as each is ready."""
        raise NotImplementedError
