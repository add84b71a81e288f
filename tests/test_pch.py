"""The precompiled header and the compiler of HPX samples: used when it can be, never a verdict's cause.

Real compilers and the installed HPX; skips with a visible reason where either is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hpxeval.records import BuildTask, Installation
from hpxeval.toolchain import cache_dir
from hpxeval_hpx import PRELUDE, HPXRuntime, discovery
from support import XOR, hpxeval, rows

HPX_110 = next((i for i in HPXRuntime().installations({}) if i.version.startswith("1.10.")), None)
needs_clang = pytest.mark.skipif(shutil.which("clang++") is None, reason="clang++ not installed (apt install clang)")
pytestmark = pytest.mark.skipif(HPX_110 is None, reason="no HPX 1.10 installation found (/opt/hpx/*, $HPX_DIR)")


def _one_root(tmp_path: Path) -> Path:
    """A root holding only HPX 1.10 (HPX 1.5.1's headers do not compile with clang 14)."""
    root = tmp_path / "hpx"
    root.mkdir()
    (root / HPX_110.version).symlink_to(HPX_110.prefix)
    return root


def _installation(options: dict) -> Installation:
    (inst,) = [i for i in HPXRuntime().installations(options) if i.version == HPX_110.version]
    return inst


def _headers_parsed(inst: Installation, pch: Path, tmp_path: Path) -> list[str]:
    """The header files the compiler reads for a trivial unit that starts with the PCH (-H)."""
    rt = HPXRuntime()
    unit = tmp_path / "unit.cpp"
    unit.write_text("int f(int x) { return x + 1; }\n")
    cmd = [rt.compiler(inst), *rt.compile_flags(inst), *rt.pch_flags(pch), "-H", "-c", str(unit), "-o", os.devnull]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return [line for line in out.stderr.splitlines() if line.startswith((".", "!"))]


def test_hpx_samples_are_compiled_by_hpx_own_compiler_by_default():
    inst = _installation({})
    own = discovery.compiler_of(Path(inst.details["cmake_dir"]))  # /usr/bin/c++ for the /opt/hpx builds here
    assert inst.name == HPX_110.version
    assert inst.details["cxx"] == inst.details["hpx_cxx"] == own


def test_gcc_unit_reads_the_gch_and_no_hpx_header(tmp_path):
    inst = _installation({"cxx": "g++"})
    assert inst.details["cxx_id"] == "gcc"
    pch = HPXRuntime().precompiled_header(inst)
    assert pch is not None and (pch / "hpxeval_pch.hpp.gch").is_file()
    parsed = _headers_parsed(inst, pch, tmp_path)
    assert parsed == [f"! {pch / 'hpxeval_pch.hpp.gch'}"]


@needs_clang
def test_clang_installation_is_named_apart_and_its_pch_is_used(tmp_path):
    inst = _installation({"cxx": "clang++", "root": str(_one_root(tmp_path))})
    assert inst.name == f"{HPX_110.version}+clang++"
    assert inst.details["cxx_id"] == "clang"
    pch = HPXRuntime().precompiled_header(inst)
    assert pch is not None and (pch / "hpxeval_pch.hpp.pch").is_file()
    assert not (pch / "hpxeval_pch.hpp.gch").exists()
    assert _headers_parsed(inst, pch, tmp_path) == []  # clang -H lists nothing a PCH provides


@needs_clang
def test_stale_clang_pch_is_discarded_and_the_sample_still_builds(tmp_path, xor):
    """clang refuses a PCH whose inputs changed since; the sample is then built without it."""
    rt = HPXRuntime()
    inst = _installation({"cxx": "clang++", "root": str(_one_root(tmp_path))})
    pch = rt.precompiled_header(inst)
    made = pch / "hpxeval_pch.hpp.pch"
    prelude = PRELUDE
    before = prelude.stat()
    os.utime(prelude, (before.st_atime, before.st_mtime + 60))
    try:
        code = "bool reduceLogicalXOR(std::vector<bool> const& x) { return hpx::count(x.begin(), x.end(), true) % 2; }"
        task = BuildTask(xor, "hpx", inst, code, "stale-pch-test", tmp_path / "work")
        build = rt.build(task)
    finally:
        os.utime(prelude, (before.st_atime, before.st_mtime))
    assert build.ok and build.status == "ok", build.log
    assert not made.exists()  # discarded: the next build makes it afresh
    assert rt.precompiled_header(inst) == pch and made.is_file()


@needs_clang
def test_clang_runs_of_references_are_valid_and_stored_under_their_own_name(tmp_path):
    """00's reference needs libatomic under clang (HPX built by GCC does not list it): it links and is valid."""
    root = _one_root(tmp_path)
    problems = ("--problem", XOR, "--problem", "00_dense_la_lu_decomp")
    args = ("--model", "reference", "--runtime", "hpx", *problems, "--workers", "1,2", "--repetitions", "1")
    hpxeval("run", *args, "--set", "runtimes.hpx.cxx=clang++", "--set", f"runtimes.hpx.root={root}", cwd=tmp_path)
    db = tmp_path / "hpxeval.duckdb"
    name = f"{HPX_110.version}+clang++"
    assert rows(db, "SELECT installation, status FROM builds ORDER BY problem") == [(name, "ok"), (name, "ok")]
    assert rows(db, "SELECT workers, status FROM runs ORDER BY problem, workers") == [
        (1, "valid"),
        (2, "valid"),
        (1, "valid"),
        (2, "valid"),
    ]
    assert any(cache_dir().glob("pch/hpx-*+clang++-*/hpxeval_pch.hpp.pch"))
