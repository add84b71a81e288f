"""The plugin manager: loads entry points of group `hpxeval` and collects what they register."""

from __future__ import annotations

import functools
import importlib.metadata as md
import sys
import traceback
from collections.abc import Iterable
from types import ModuleType
from typing import Any

import pluggy
from attrs import define, field
from hpxeval import hookspecs

KINDS = ("model", "runtime", "category", "metric")
HOOKS = {
    "model": "register_models",
    "runtime": "register_runtimes",
    "category": "register_categories",
    "metric": "register_metrics",
}


@define(frozen=True)
class Registered:
    """One registered plugin object and where it came from."""

    kind: str
    name: str
    obj: Any
    plugin: str
    distribution: str
    version: str


@define(frozen=True)
class Failure:
    """A plugin that could not be loaded or whose hook raised."""

    plugin: str
    distribution: str
    error: str


@define
class Plugins:
    """Everything the installed plugins registered, by kind and name."""

    by_kind: dict[str, dict[str, Registered]] = field(factory=lambda: {k: {} for k in KINDS})
    failures: list[Failure] = field(factory=list)

    def names(self, kind: str) -> list[str]:
        return sorted(self.by_kind[kind])

    def get(self, kind: str, name: str) -> Any:
        """The object registered under a name, or a `PluginNotFound` naming what exists."""
        try:
            return self.by_kind[kind][name].obj
        except KeyError:
            failed = next((f for f in self.failures if f.plugin == name), None)
            raise PluginNotFound(kind, name, self.names(kind), failed) from None

    def all(self) -> list[Registered]:
        return [r for kind in KINDS for r in self.by_kind[kind].values()]

    def distributions(self) -> dict[str, str]:
        """distribution -> version for every plugin that registered something."""
        return {r.distribution: r.version for r in self.all()}


class PluginNotFound(LookupError):
    """A name that no installed plugin registered."""

    def __init__(self, kind: str, name: str, available: list[str], failed: Failure | None = None):
        self.kind, self.name, self.available = kind, name, available
        have = ", ".join(available) or "none"
        kinds = "categories" if kind == "category" else f"{kind}s"
        if failed is None:
            super().__init__(f"unknown {kind} {name!r}; installed {kinds}: {have}")
        else:
            super().__init__(
                f"{kind} {name!r}: plugin {failed.plugin!r} from {failed.distribution} failed to load "
                f"({failed.error}); reinstall it or pick another; working {kinds}: {have}"
            )


def _entry_points() -> Iterable[md.EntryPoint]:
    return md.entry_points(group="hpxeval")


def _dist_of(ep: md.EntryPoint) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return ("unknown", "unknown")
    return (dist.metadata["Name"] or dist.name, dist.version)


def load(extra: Iterable[tuple[str, ModuleType | object]] = ()) -> Plugins:
    """Load every entry point (and `extra` (name, module) pairs); report failures, keep going."""
    pm = pluggy.PluginManager("hpxeval")
    pm.add_hookspecs(hookspecs)
    origin: dict[str, tuple[str, str]] = {}
    plugins = Plugins()
    for ep in _entry_points():
        dist = _dist_of(ep)
        try:
            module = ep.load()
            pm.register(module, name=ep.name)
            origin[ep.name] = dist
        except Exception as exc:  # a broken plugin must not take the others down
            plugins.failures.append(Failure(ep.name, dist[0], _describe(exc)))
    for name, module in extra:
        pm.register(module, name=name)
        origin[name] = ("(in-process)", "")
    for kind, hook_name in HOOKS.items():
        for impl in getattr(pm.hook, hook_name).get_hookimpls():
            _collect(plugins, kind, impl, origin.get(impl.plugin_name, ("unknown", "unknown")))
    return plugins


def _collect(plugins: Plugins, kind: str, impl: Any, dist: tuple[str, str]) -> None:
    def register(obj: Any) -> None:
        name = getattr(obj, "name", None)
        if not isinstance(name, str) or not name:
            raise TypeError(f"{kind} registered by {impl.plugin_name!r} has no string .name")
        plugins.by_kind[kind][name] = Registered(kind, name, obj, impl.plugin_name, *dist)

    try:
        impl.function(register=register)
    except Exception as exc:
        plugins.failures.append(Failure(impl.plugin_name, dist[0], _describe(exc)))


def _describe(exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({last[0].filename}:{last[0].lineno})" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"


@functools.cache
def installed() -> Plugins:
    """The installed plugins, loaded once per process; failures are reported on stderr once."""
    plugins = load()
    for failure in plugins.failures:
        print(
            f"hpxeval: plugin {failure.plugin!r} from {failure.distribution} failed to load "
            f"and is skipped: {failure.error}",
            file=sys.stderr,
        )
    return plugins
