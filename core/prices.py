"""The price table: USD per million tokens by backend and model, overridable by the user."""

from __future__ import annotations

import os
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import define
from hpxeval.models import ModelError

PRICES_ENV = "HPXEVAL_PRICES"
SNAPSHOT = re.compile(r"-(\d{4}-\d{2}-\d{2}|\d{8})$")


@define(frozen=True)
class Price:
    """List price of one model (USD per million tokens) and the factor its batch API bills."""

    input: float
    output: float
    batch: float = 0.5

    def cost(self, input_tokens: int | None, output_tokens: int | None, batch: bool = False) -> float | None:
        """What a completion cost, or None where the backend reported no usage."""
        if input_tokens is None or output_tokens is None:
            return None
        usd = (input_tokens * self.input + output_tokens * self.output) / 1e6
        return usd * self.batch if batch else usd


def builtin_table() -> dict[str, Any]:
    """The shipped table (core/prices.toml)."""
    return tomllib.loads((resources.files("hpxeval") / "prices.toml").read_text(encoding="utf-8"))


def _user_table() -> dict[str, Any]:
    path = os.environ.get(PRICES_ENV)
    if not path:
        return {}
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"${PRICES_ENV}={path}: cannot read the price table: {exc}") from None


def lookup(backend: str, model: str, overrides: dict[str, Any] | None = None) -> Price | None:
    """The price of `backend:model`: the option table first, then $HPXEVAL_PRICES, then the shipped one."""
    for table, source in (
        (overrides or {}, f"[models.{backend}.prices]"),
        (_user_table().get(backend, {}), f"${PRICES_ENV}"),
        (builtin_table().get(backend, {}), "core/prices.toml"),
    ):
        name = _match(model, [k for k, v in table.items() if isinstance(v, dict)])
        if name is not None:
            return _price(table, name, source)
    return None


def _match(model: str, names: list[str]) -> str | None:
    """The model's own entry, else that of the model it is a dated snapshot of, else `*`.

    Only date suffixes are stripped: `gpt-5-2025-08-07` is `gpt-5`, but `gpt-5.4-mini` is not
    `gpt-5` (a wrong price is worse than none).
    """
    if model in names:
        return model
    base = SNAPSHOT.sub("", model)
    if base in names:
        return base
    return "*" if "*" in names else None


def _price(table: dict[str, Any], name: str, source: str) -> Price:
    entry = table[name]
    try:
        return Price(float(entry["input"]), float(entry["output"]), float(entry.get("batch", table.get("batch", 0.5))))
    except (KeyError, TypeError, ValueError):
        raise ModelError(
            f"{source}: price of {name!r} needs numbers `input` and `output` (USD per million tokens)"
        ) from None
