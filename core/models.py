"""The model backend contract: a plugin class turns generation requests into completions."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
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
    # `generation.model = "auto"` picks the available model of lowest `auto_priority` (None: never).
    auto_priority: ClassVar[int | None] = None

    def __init__(self, argument: str | None, options: dict[str, Any]):
        self.argument = argument
        self.options = options
        self.notes: list[str] = []
        self._listener: Callable[[str], None] | None = None
        self.journal: Any = None  # set by the pipeline: where batch backends record submitted batches

    @classmethod
    def auto_argument(cls) -> tuple[bool, str | None, str]:
        """For `auto`: (can run here without setup, the argument to use, why or why not)."""
        return False, None, "not an automatic choice"

    def note(self, message: str) -> None:
        """Tell the user something about this generation (the CLI prints it as it happens)."""
        self.notes.append(message)
        if self._listener is not None:
            self._listener(message)

    def listen(self, listener: Callable[[str], None]) -> None:
        """Send notes to `listener`, the ones already taken first."""
        self._listener = listener
        for message in self.notes:
            listener(message)

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
