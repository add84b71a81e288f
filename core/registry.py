"""The index of known plugins (registry/plugins.toml), for `hpxeval plugins --available`."""

from __future__ import annotations

import tomllib
from importlib import resources

from attrs import define


@define(frozen=True)
class Known:
    name: str
    kind: str
    distribution: str
    description: str
    install: str
    status: str


def known_plugins() -> list[Known]:
    """Every plugin the registry lists, installed or not."""
    text = (resources.files("hpxeval_registry") / "plugins.toml").read_text(encoding="utf-8")
    return [Known(**entry) for entry in tomllib.loads(text)["plugin"]]
