"""Entry-point discovery: built-ins are found like third-party plugins; failures are reported."""

from __future__ import annotations

import importlib.metadata as md
import json
import types

from hpxeval import plugins as pm
from hpxeval.hookspecs import hookimpl
from support import hpxeval


def test_builtins_are_found_through_entry_points(plugins):
    assert {"serial", "openmp"} <= set(plugins.names("runtime"))
    assert {"reference", "replay"} <= set(plugins.names("model"))
    assert {"build@k", "pass@k", "strict_pass@k", "speedup@k", "efficiency@k"} <= set(plugins.names("metric"))
    assert {"histogram", "reduce"} <= set(plugins.names("category"))
    assert plugins.by_kind["runtime"]["serial"].distribution == "hpxeval"
    assert plugins.by_kind["category"]["reduce"].distribution == "hpxeval-categories-pareval"


def test_core_imports_no_plugin_by_name():
    from support import REPO

    for path in (REPO / "core").glob("*.py"):
        text = path.read_text()
        for name in (
            "hpxeval_reference",
            "hpxeval_replay",
            "hpxeval_serial",
            "hpxeval_openmp",
            "hpxeval_metrics",
            "hpxeval_pareval",
            "hpxeval_amt",
            "hpxeval_charm",
            "hpxeval_legion",
        ):
            assert f"import {name}" not in text and f"from {name}" not in text, (path, name)


def test_a_broken_plugin_is_reported_and_the_rest_load(monkeypatch):
    real = list(pm._entry_points())
    broken = md.EntryPoint(name="broken", value="hpxeval_no_such_module_xyz", group="hpxeval")
    monkeypatch.setattr(pm, "_entry_points", lambda: [*real, broken])

    raising = types.ModuleType("raising")

    @hookimpl
    def register_models(register):
        raise ValueError("boom in hook")

    raising.register_models = register_models
    loaded = pm.load(extra=[("raising", raising)])
    failures = {f.plugin: f.error for f in loaded.failures}
    assert failures["broken"].startswith("ModuleNotFoundError: No module named 'hpxeval_no_such_module_xyz'")
    assert failures["raising"].startswith("ValueError: boom in hook")
    assert "serial" in loaded.names("runtime") and "reference" in loaded.names("model")


def test_plugins_json_and_available(tmp_path):
    installed = json.loads(hpxeval("plugins", "--format", "json", cwd=tmp_path).stdout)
    names = {(p["kind"], p["name"]) for p in installed}
    assert {("runtime", "serial"), ("runtime", "openmp"), ("model", "reference"), ("model", "replay")} <= names
    assert all(p["installed"] for p in installed)
    listed = json.loads(hpxeval("plugins", "--format", "json", "--available", cwd=tmp_path).stdout)
    charm = [p for p in listed if p["name"] == "charm"]
    if not any(p["name"] == "charm" and p["installed"] for p in listed):
        assert charm and charm[0]["install"] == "pip install hpxeval-runtime-charm"


def test_registry_lists_every_installed_plugin(plugins):
    from hpxeval.registry import known_plugins

    known = {(k.kind, k.name): k for k in known_plugins()}
    for reg in plugins.all():
        assert (reg.kind, reg.name) in known or reg.kind == "metric", f"{reg.kind} {reg.name} missing from registry/"
        if reg.kind != "metric":
            assert known[(reg.kind, reg.name)].distribution == reg.distribution


def _in_repo_distributions() -> dict[str, set[str]]:
    """distribution name -> its entry-point names (group hpxeval), for every pyproject in this repository."""
    import tomllib

    from support import REPO

    paths = [REPO / "pyproject.toml", *sorted(REPO.glob("plugins/*/*/pyproject.toml"))]
    paths.append(REPO / "examples" / "plugin-template" / "pyproject.toml")
    found = {}
    for path in paths:
        project = tomllib.loads(path.read_text())["project"]
        found[project["name"]] = set(project.get("entry-points", {}).get("hpxeval", {}))
    return found


def test_registry_in_step_with_in_repo_distributions(plugins):
    import re

    from hpxeval.registry import known_plugins

    known = known_plugins()
    dists = _in_repo_distributions()
    assert {"hpxeval-runtime-charm", "hpxeval-runtime-legion", "hpxeval-model-command"} <= set(dists)
    for dist, entry_points in dists.items():
        single = re.fullmatch(r"hpxeval-(model|runtime|metric)-(\w+)", dist)
        if single:  # one plugin per distribution: exactly one registry entry, named like its entry point
            kind, name = single.groups()
            assert entry_points == {name}, dist
            assert [(k.kind, k.name) for k in known if k.distribution == dist] == [(kind, name)], dist
    registered = {(r.kind, r.name): r.distribution for r in plugins.all()}
    for k in known:
        assert k.status in ("stable", "experimental", "planned"), k.name
        if k.distribution not in dists:
            continue
        assert k.status != "planned", f"{k.name} lives in this repository: it is not planned"
        if (k.kind, k.name) in registered:
            assert registered[(k.kind, k.name)] == k.distribution, k.name
        else:  # an in-repo distribution not installed here: the entry must still name one of its entry points
            assert k.name in dists[k.distribution], f"registry entry {k.kind} {k.name} has no plugin"
