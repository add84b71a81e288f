"""Shared fixtures: the installed plugins, the shipped problems, a private driver cache."""

from __future__ import annotations

import pytest
from hpxeval import plugins as plugin_manager
from hpxeval.records import Problem
from support import XOR


@pytest.fixture(scope="session")
def plugins():
    return plugin_manager.installed()


@pytest.fixture(scope="session")
def problems(plugins) -> dict[str, Problem]:
    return {p.id: p for c in plugins.names("category") for p in plugins.get("category", c).problems}


@pytest.fixture(scope="session")
def xor(problems) -> Problem:
    return problems[XOR]


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Driver objects go to a per-session cache, never the user's."""
    monkeypatch.setenv("HPXEVAL_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
