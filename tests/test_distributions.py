"""Separately installable plugins, in a fresh venv: the runtime distributions come and go without
touching the core, and the plugin template installs and serves a real `hpxeval run`.

Slow (creates a venv and installs the core from this checkout); pip takes its packages from the
configured index and its cache.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hpxeval import plugins as plugin_manager
from support import REPO, XOR, rows

pytestmark = pytest.mark.slow
RUNTIMES = {"charm": "hpxeval-runtime-charm", "legion": "hpxeval-runtime-legion"}


class Venv:
    def __init__(self, root: Path):
        self.root = root
        self.python = root / "bin" / "python"

    def pip(self, *args: str) -> str:
        out = subprocess.run(
            [str(self.python), "-m", "pip", *args], capture_output=True, text=True, env=_env(), cwd=REPO
        )
        assert out.returncode == 0, f"pip {' '.join(args)}:\n{out.stdout}\n{out.stderr}"
        return out.stdout + out.stderr

    def hpxeval(self, *args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
        out = subprocess.run(
            [str(self.root / "bin" / "hpxeval"), *args], capture_output=True, text=True, cwd=cwd, env=env or _env()
        )
        assert out.returncode == 0, f"hpxeval {' '.join(args)}:\n{out.stdout}\n{out.stderr}"
        return out.stdout

    def plugins(self, cwd: Path, *extra: str) -> dict[tuple[str, str], dict]:
        listed = json.loads(self.hpxeval("plugins", "--format", "json", *extra, cwd=cwd))
        return {(p["kind"], p["name"]): p for p in listed}


def _env() -> dict[str, str]:
    env = dict(os.environ, COLUMNS="200", PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Venv:
    """A fresh venv holding only the core (editable) and the ParEval category."""
    root = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
    env = Venv(root)
    env.pip("install", "-q", "setuptools>=68")
    env.pip("install", "-q", "--no-build-isolation", "-e", ".", "-e", "plugins/categories/pareval")
    return env


@pytest.fixture
def with_runtimes(venv: Venv) -> Venv:
    """The venv with both runtime distributions installed (non-editable, as users get them)."""
    listed = venv.pip("list", "--format", "json")
    if not set(RUNTIMES.values()) <= {p["name"] for p in json.loads(listed.splitlines()[0])}:
        venv.pip("install", "-q", "--no-build-isolation", "./plugins/runtimes/charm", "./plugins/runtimes/legion")
    return venv


def _core_record(venv: Venv) -> str:
    code = "import importlib.metadata as m; d = m.distribution('hpxeval'); print(d.version, d._path)"
    return subprocess.run([str(venv.python), "-c", code], capture_output=True, text=True, check=True).stdout


def test_runtime_distributions_install_and_uninstall_without_touching_the_core(venv, tmp_path):
    core = _core_record(venv)
    before = venv.plugins(tmp_path)
    assert ("runtime", "serial") in before and ("runtime", "charm") not in before

    installed = venv.pip("install", "--no-build-isolation", "./plugins/runtimes/charm", "./plugins/runtimes/legion")
    assert "Uninstalling hpxeval-0" not in installed and "Requirement already satisfied: hpxeval" in installed
    assert _core_record(venv) == core
    found = venv.plugins(tmp_path)
    for name, dist in RUNTIMES.items():
        assert found[("runtime", name)]["distribution"] == dist and found[("runtime", name)]["installed"]

    venv.pip("uninstall", "-y", *RUNTIMES.values())
    gone = venv.plugins(tmp_path)
    assert not {("runtime", n) for n in RUNTIMES} & set(gone)
    assert {k for k in before} <= set(gone)  # the core's own plugins are all still there
    available = venv.plugins(tmp_path, "--available")
    assert available[("runtime", "charm")]["install"] == "pip install hpxeval-runtime-charm"
    assert not available[("runtime", "legion")]["installed"]

    venv.pip("install", "--no-build-isolation", "./plugins/runtimes/charm", "./plugins/runtimes/legion")
    assert _core_record(venv) == core
    back = venv.plugins(tmp_path)
    assert {("runtime", n) for n in RUNTIMES} <= set(back)


def test_installed_runtime_distributions_carry_their_files(with_runtimes, tmp_path):
    venv = with_runtimes
    code = (
        "import hpxeval_charm as c, hpxeval_legion as l\n"
        "print(len(list(c.PROBLEMS.glob('*/solution.cpp'))), len(list(l.PROBLEMS.glob('*/solution.cpp'))),"
        " all(p.is_file() for p in (*c.INTERFACES, c.HARNESS, c.STUB, l.HARNESS, l.standin.SOURCE)))"
    )
    out = subprocess.run([str(venv.python), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.split() == ["15", "15", "True"], out.stderr
    assert (
        "site-packages"
        in subprocess.run(
            [str(venv.python), "-c", "import hpxeval_charm; print(hpxeval_charm.__file__)"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        ).stdout
    )


def _has_installation(name: str) -> bool:
    rt = plugin_manager.installed().by_kind["runtime"].get(name)
    return rt is not None and bool(rt.obj.installations({}))


@pytest.mark.parametrize("runtime", sorted(RUNTIMES))
def test_installed_runtime_distribution_judges_a_reference_valid(with_runtimes, tmp_path, runtime):
    if not _has_installation(runtime):
        pytest.skip(f"no {runtime} installation found for the development environment")
    venv = with_runtimes
    env = _env()
    if runtime == "legion":  # the fresh venv has no legate wheel: point it at the one found here
        inst = plugin_manager.installed().get("runtime", "legion").installations({})[0]
        env["LEGION_DIR"] = str(inst.prefix)
    venv.hpxeval(
        "run",
        *("--model", "reference", "--runtime", runtime, "--problem", XOR, "--workers", "1", "--repetitions", "0"),
        cwd=tmp_path,
        env=env,
    )
    got = rows(tmp_path / "hpxeval.duckdb", "SELECT problem, valid, strict FROM sample_verdicts")
    assert got == [(XOR, True, True)]


ANSWER = """import pathlib, sys
pathlib.Path("received.txt").write_text(sys.stdin.read())
print("Here is my solution:\\n```cpp\\nbool reduceLogicalXOR(std::vector<bool> const& x) {\\n"
      "    bool r = false;\\n    for (bool v : x) r ^= v;\\n    return r;\\n}\\n```")
"""


def test_template_installs_and_its_model_serves_a_run(venv, tmp_path):
    venv.pip("install", "-q", "--no-build-isolation", "./examples/plugin-template[test]")
    assert venv.plugins(tmp_path)[("model", "command")]["distribution"] == "hpxeval-model-command"
    own = subprocess.run(
        [str(venv.python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        capture_output=True,
        text=True,
        cwd=REPO / "examples" / "plugin-template",
        env=_env(),
    )
    assert own.returncode == 0 and "4 passed" in own.stdout, own.stdout + own.stderr

    (tmp_path / "answer.py").write_text(ANSWER)
    model = f"command:{venv.python} answer.py"
    venv.hpxeval(
        "run",
        *("--model", model, "--runtime", "serial", "--problem", XOR, "--workers", "1", "--repetitions", "0"),
        cwd=tmp_path,
    )
    db = tmp_path / "hpxeval.duckdb"
    assert rows(db, "SELECT model, problem, runtime, sample FROM completions") == [(model, XOR, "serial", 0)]
    assert rows(db, "SELECT status FROM samples") == [("ok",)]
    assert rows(db, "SELECT workers, status FROM runs") == [(1, "valid")]
    assert rows(db, "SELECT model, valid FROM sample_verdicts") == [(model, True)]
    prompt = venv.hpxeval("prompt", XOR, "--runtime", "serial", cwd=tmp_path)
    assert (tmp_path / "received.txt").read_text() == prompt
