"""Per-sample build time of real HPX code: the suite's reference solutions, one build per problem.

usage: python bench/build_times.py [--runtime hpx] [--category C ...] [--set KEY=VALUE ...] [--keep DIR]

Runs the reference model (one solution per problem, 70 for hpx) with validation only (no timed
repetitions) into a fresh DuckDB file and an empty build cache, and prints the distribution of
the `builds.seconds` of each installation: compiling the sample's unit (with the precompiled
header) and linking it with the cached driver objects. `--set runtimes.hpx.cxx=clang++` (with
`--set runtimes.hpx.root=DIR` to pick installations) measures another compiler; see
docs/design.md "Throughput, measured".
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from throughput import quantiles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runtime", default="hpx")
    parser.add_argument("--category", action="append", default=[])
    parser.add_argument("--set", dest="settings", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--keep", type=Path, help="keep the DuckDB file and cache in this directory")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="hpxeval-builds-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "builds.duckdb"
    cmd = [
        sys.executable, "-m", "hpxeval", "run", "--model", "reference", "--runtime", args.runtime,
        "--workers", "1", "--repetitions", "0", "--db", str(db),
        *(f"--category={c}" for c in args.category), *(f"--set={s}" for s in args.settings),
    ]  # fmt: skip
    start = time.monotonic()
    subprocess.run(cmd, check=True, cwd=work, stdout=subprocess.DEVNULL, env=dict(os.environ, HPXEVAL_CACHE=str(work)))
    wall = time.monotonic() - start
    con = duckdb.connect(str(db), read_only=True)
    try:
        per_inst = con.execute(
            "SELECT installation, list(seconds) FILTER (WHERE ok), count(*) FILTER (WHERE NOT ok) "
            "FROM builds GROUP BY installation ORDER BY installation"
        ).fetchall()
    finally:
        con.close()
    print(f"runtime {args.runtime}, {os.cpu_count()} cores, whole run {wall:.0f} s (drivers and PCH included)")
    for inst, seconds, failed in per_inst:
        print(f"{inst:>20}: builds {quantiles(seconds or [])}; {failed} failed")
    print(f"files kept in {work}" if args.keep else f"(scratch directory {work})")


if __name__ == "__main__":
    main()
