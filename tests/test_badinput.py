"""Bad input anywhere in the real CLI: exit 2, one line naming the file, key or plugin and what
is allowed, never a traceback. Also a broken plugin (reported by name, the others keep working),
a locked and a read-only store, and Ctrl-C (exit 130, how to resume)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from hpxeval.records import Build, Run
from hpxeval.store import Store
from support import XOR, hpxeval, needs_gxx


def fails(cwd: Path, *args: str, expect: str, rc: int = 2) -> str:
    """Run the CLI; assert the exit code, no traceback, and one error line holding `expect`."""
    out = hpxeval(*args, cwd=cwd, check=False)
    assert out.returncode == rc, out.stderr
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout
    lines = [line for line in out.stderr.splitlines() if line.lower().startswith("error")]
    assert len(lines) == 1, out.stderr
    assert expect in lines[0], out.stderr
    return lines[0]


REPLAY_LINE = {"problem": XOR, "runtime": "hpx", "sample": 0, "text": "x"}

FILES: dict[str, bytes | str] = {
    "bad.toml": "[evaluation\nworkers = [1]\n",
    "unknown.toml": "[evaluation]\nnope = 1\n",
    "latin1.toml": "[experiment]\nname = 'caf\xe9'\n".encode("latin-1"),
    "latin1.jsonl": json.dumps(REPLAY_LINE).replace('"x"', '"caf\xe9"').encode("latin-1"),
    "empty.jsonl": "\n\n",
    "bool.jsonl": json.dumps(REPLAY_LINE | {"sample": True}) + "\n",
    "huge.jsonl": json.dumps(REPLAY_LINE | {"sample": 2147483648}) + "\n",
    "nested.jsonl": "[" * 100_000 + "\n",
    "hpx.jsonl": json.dumps(REPLAY_LINE) + "\n",
    "types.json": json.dumps([{"name": XOR, "parallelism_model": "omp", "prompt": "p", "outputs": "one"}]),
    "notdb.duckdb": "hello, not a database\n",
}

CASES = [
    # experiment files and overrides
    (["run", "bad.toml"], "bad.toml: not valid TOML: Expected ']' at the end of a table declaration"),
    (["run", "unknown.toml"], "unknown.toml: evaluation: unknown key(s) (nope); allowed: runtimes, categories,"),
    (["run", "latin1.toml"], "latin1.toml: not UTF-8 text (byte 24); an experiment file is TOML in UTF-8"),
    (["run", "confdir"], "confdir: is a directory, not an experiment file (TOML)"),
    (["run", "--set", "evaluation..timeout=3"], "--set evaluation..timeout: a key has an empty part"),
    (["run", "--set", "evaluation.runtimes=hpx"], "evaluation.runtimes: expected a list, e.g. [\"hpx\"]; got 'hpx'"),
    (["run", "--set", "evaluation=1"], "evaluation: expected a table of settings ([evaluation] in the file)"),
    (
        ["run", "--set", "evaluation.timeout=nan"],
        "evaluation.timeout: nan — must be more than 0 and at most 86400 seconds",
    ),
    (
        ["run", "--set", "evaluation.timeout=1e308"],
        "evaluation.timeout: 1e+308 — must be more than 0 and at most 86400",
    ),
    (["run", "--set", "sandbox.memory_mb=0"], "sandbox.memory_mb: 0 — must be >= 1"),
    (["run", "--workers", "a,b"], "Invalid value for --workers: 'a,b': give comma-separated integers, e.g. 1,2,4"),
    (["run", "--workers", "0"], "evaluation.workers: [0] — give positive worker counts"),
    # plugin and problem names
    (["run", "--category", "nope"], "unknown category 'nope'; installed categories: dense_la,"),
    (["problems", "--category", "nope"], "unknown category 'nope'; installed categories:"),
    (["prompt", "25_reduce_xr"], "unknown problem '25_reduce_xr' (did you mean 25_reduce_xor"),
    (["prompt", XOR, "--runtime", "cuda"], "--runtime: unknown runtime 'cuda'; installed runtimes:"),
    (["runtimes", "--runtime", "cuda"], "--runtime: unknown runtime 'cuda'; installed:"),
    (["metrics", "--db", "store.duckdb", "--metric", "nope"], "--metric: unknown metric 'nope'; installed metrics:"),
    (["metrics", "--db", "store.duckdb", "--k", "0"], "Invalid value for --k: '0': k must be >= 1"),
    # replay files
    (["run", "--model", "replay:emptydir"], "replay directory emptydir holds no .jsonl or .json files"),
    (["run", "--model", "replay:latin1.jsonl"], "cannot read replay file latin1.jsonl: not UTF-8 (byte 72)"),
    (["run", "--model", "replay:empty.jsonl"], "replay empty.jsonl holds no recorded generations"),
    (
        ["run", "--model", "replay:bool.jsonl"],
        "bool.jsonl:1: 'sample' must be an integer from 0 to 2147483647, got a boolean",
    ),
    (["run", "--model", "replay:huge.jsonl"], "huge.jsonl:1: 'sample' must be an integer from 0 to 2147483647, got "),
    (["run", "--model", "replay:nested.jsonl"], "nested.jsonl: JSON nested too deeply"),
    (["run", "--model", "replay:types.json"], "types.json: entry 0: 'outputs' must be a list of strings, got a string"),
    (
        ["run", "--model", "replay:hpx.jsonl", "--runtime", "serial"],
        "none of the 1 recorded generations in hpx.jsonl is for a selected prompt; it holds 25_reduce_xor × hpx"
        " — select them with --runtime hpx",
    ),
    # store files
    (["run", "--db", "missing/x.duckdb"], "cannot create missing/x.duckdb: directory missing does not exist"),
    (["sql", "--db", "notdb.duckdb", "SELECT 1"], "notdb.duckdb is not a DuckDB file; pass --db with an hpxeval store"),
    (
        ["metrics", "--db", "store.duckdb", "--workers", "3"],
        "--workers 3: not measured in store.duckdb; measured: 2",
    ),
    (["metrics", "--db", "emptydir"], "emptydir is a directory; --db takes a DuckDB file"),
    (["metrics", "--db", "foreign.duckdb"], "foreign.duckdb is a DuckDB file but not an hpxeval store (no meta table)"),
    (["sql", "--db", "store.duckdb", "SELEC 1"], 'query failed: Parser Error: syntax error at or near "SELEC"'),
    (
        ["metrics", "--db", "store.duckdb", "--validity", "bogus"],
        "--validity 'bogus': allowed: any, all, or an installation of store.duckdb: g++-12, gcc-13",
    ),
]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """One directory holding every bad file of CASES (they only read it)."""
    d = tmp_path_factory.mktemp("bad")
    for name, content in FILES.items():
        (d / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    (d / "confdir").mkdir()
    (d / "emptydir").mkdir()
    con = duckdb.connect(str(d / "foreign.duckdb"))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    store = Store(d / "store.duckdb")
    for inst in ("gcc-13", "g++-12"):
        store.add_build(Build("sha", XOR, "serial", inst, True, "ok", 1.0), inst)
        store.add_run(Run("sha", XOR, "serial", inst, 2, "valid", True, 1.0, 2.0))
    store.close()
    return d


@pytest.mark.parametrize("args,expect", CASES, ids=[" ".join(a)[:60] for a, _ in CASES])
def test_bad_input_is_one_clear_line(workdir, args, expect):
    fails(workdir, *args, expect=expect)


@needs_gxx
def test_unknown_validity_rule_is_refused_before_evaluating(tmp_path):
    fails(
        tmp_path,
        *("run", "--problem", XOR, "--validity", "1.10"),
        expect="evaluation.validity: '1.10' — allowed: any, all, or an installation name: g++-",
    )


def test_a_store_locked_by_another_process(tmp_path):
    con = duckdb.connect(str(tmp_path / "busy.duckdb"))
    try:
        line = fails(
            tmp_path, "sql", "--db", "busy.duckdb", "SELECT 1", expect="busy.duckdb is in use by another process"
        )
    finally:
        con.close()
    assert f"(PID {os.getpid()}," in line and line.endswith("wait for it to finish or pass another --db")


def test_a_store_on_a_read_only_file_system(tmp_path):
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        pytest.skip("bubblewrap (bwrap) not installed: no read-only bind mount to test with")
    ro = tmp_path / "ro"
    ro.mkdir()
    Store(ro / "s.duckdb").close()
    cmd = [bwrap, "--dev-bind", "/", "/", "--ro-bind", str(ro), str(ro), sys.executable, "-m", "hpxeval"]
    for args in (["run", "--db", "ro/new.duckdb"], ["evaluate", "--db", "ro/s.duckdb"]):
        out = subprocess.run([*cmd, *args], cwd=tmp_path, capture_output=True, text=True)
        if "bwrap:" in out.stderr:
            pytest.skip(f"bubblewrap cannot create a namespace here: {out.stderr.strip()}")
        assert out.returncode == 2 and "Traceback" not in out.stderr
        assert f"cannot open {args[2]} for writing (the file system is read-only); copy it somewhere" in out.stderr
    # a query needs no writing: sql reads a current store on a read-only file system
    out = subprocess.run(
        [*cmd, "sql", "--db", "ro/s.duckdb", "SELECT 41 + 1 AS x"], cwd=tmp_path, capture_output=True, text=True
    )
    assert out.returncode == 0 and "42" in out.stdout, out.stderr


BROKEN_IMPORT = "import hpxeval_no_such_dependency\n"
BROKEN_HOOK = """from hpxeval.hookspecs import hookimpl


@hookimpl
def register_runtimes(register):
    raise RuntimeError("charm++ not found in $CHARM_HOME")
"""


def broken_site(root: Path) -> Path:
    """Two installed-looking distributions (a .dist-info each) whose plugins are broken."""
    site = root / "site"
    for dist, module, source in (
        ("hpxeval_runtime_cuda", "hpxeval_cuda", BROKEN_IMPORT),
        ("hpxeval_runtime_charm", "hpxeval_charm", BROKEN_HOOK),
    ):
        info = site / f"{dist}-0.3.dist-info"
        info.mkdir(parents=True)
        name = dist.replace("_", "-")
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.3\n")
        (info / "entry_points.txt").write_text(f"[hpxeval]\n{module.removeprefix('hpxeval_')} = {module}\n")
        (site / f"{module}.py").write_text(source)
    return site


def test_broken_plugins_are_reported_by_name_and_the_others_work(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(broken_site(tmp_path)))
    out = hpxeval("plugins", "--format", "json", cwd=tmp_path)
    listed = json.loads(out.stdout)
    failed = {r["name"]: (r["distribution"], r["install"]) for r in listed if r["kind"] == "(failed)"}
    assert set(failed) == {"cuda", "charm"}
    assert failed["cuda"][0] == "hpxeval-runtime-cuda"
    assert failed["cuda"][1].startswith("ModuleNotFoundError: No module named 'hpxeval_no_such_dependency'")
    assert failed["charm"][1].startswith("RuntimeError: charm++ not found in $CHARM_HOME")
    assert {"serial", "openmp", "reference", "replay", "pass@k"} <= {r["name"] for r in listed if r["installed"]}
    warnings = [line for line in out.stderr.splitlines() if line.startswith("hpxeval: plugin")]
    assert len(warnings) == 2 and "plugin 'cuda' from hpxeval-runtime-cuda failed to load and is skipped" in warnings[0]

    prompt = hpxeval("prompt", XOR, "--runtime", "openmp", cwd=tmp_path)
    assert prompt.stdout.endswith("bool reduceLogicalXOR(std::vector<bool> const& x) {\n")
    fails(
        tmp_path,
        *("run", "--runtime", "cuda"),
        expect="runtime 'cuda': plugin 'cuda' from hpxeval-runtime-cuda failed to load (ModuleNotFoundError",
    )


@needs_gxx
def test_ctrl_c_says_how_to_resume(tmp_path):
    cmd = [sys.executable, "-m", "hpxeval", "run", "--problem", XOR, "--workers", "1", "--timeout", "60"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = ""
    while "generate" not in line:  # interrupt once the pipeline (not the imports) is under way
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "hpxeval ended before it started generating"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert err.rstrip().endswith("interrupted: everything finished is stored; rerun the same command to resume")
