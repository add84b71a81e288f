"""The four hooks a plugin may implement (project name and entry-point group: `hpxeval`).

Each hook receives a `register` callable and calls it once per thing it contributes, the
pattern of simonw/llm's `register_models`. A plugin module needs only `hookimpl` from here.
"""

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("hpxeval")
hookimpl = pluggy.HookimplMarker("hpxeval")


@hookspec
def register_models(register: Callable[[type], Any]) -> None:
    """Register model backends: `register(ModelClass)`, a `hpxeval.models.Model` subclass."""


@hookspec
def register_runtimes(register: Callable[[Any], Any]) -> None:
    """Register runtime backends: `register(runtime)`, an object implementing `hpxeval.runtimes.Runtime`."""


@hookspec
def register_categories(register: Callable[[Any], Any]) -> None:
    """Register problem categories: `register(Category)`, usually `Category.from_directory(...)`."""


@hookspec
def register_metrics(register: Callable[[Any], Any]) -> None:
    """Register metrics: `register(Metric)`, an estimator over one problem's samples at k."""
