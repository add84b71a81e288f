"""Measure every installed problem's serial baseline and validation time; print docs/suite.md's table.

usage: python bench/suite_baselines.py [--sizes pareval|large] [--db bench-baselines.duckdb]
Runs the reference model on the serial runtime at one worker with five timed repetitions at the
chosen size profile and reports, per problem, the timed size, the mean baseline time and the
wall time of all validation trials (seconds on one core of this machine).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys

import duckdb
from hpxeval import plugins


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="pareval", help="size profile (evaluation.sizes)")
    parser.add_argument("--db", default=None, help="DuckDB file (default: bench-baselines-<sizes>.duckdb)")
    args = parser.parse_args()
    db = args.db or f"bench-baselines-{args.sizes}.duckdb"
    command = [sys.executable, "-m", "hpxeval", "run", "--model", "reference", "--runtime", "serial"]
    command += ["--workers", "1", "--repetitions", "5", "--timeout", "120", "--db", db]
    subprocess.run([*command, "--set", f"evaluation.sizes={args.sizes}"], check=True, stdout=subprocess.DEVNULL)
    installed = plugins.installed()
    problems = {p.id: p for c in installed.names("category") for p in installed.get("category", c).problems}
    con = duckdb.connect(db, read_only=True)
    rows = con.execute(
        "SELECT p.problem, p.category, any_value(r.baseline_seconds), any_value(r.validation_seconds),"
        " any_value(r.status) FROM prompts p LEFT JOIN completions c USING (prompt_sha)"
        " LEFT JOIN samples s USING (completion_id) LEFT JOIN runs r ON r.code_sha = s.code_sha"
        " AND r.problem = p.problem AND r.runtime = 'serial' WHERE p.runtime = 'serial' GROUP BY ALL ORDER BY p.problem"
    ).fetchall()
    print(
        f"Measured on {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}; sizes = {args.sizes}, one worker, "
        "mean of 5 repetitions.\n"
    )
    print("| problem | category | timed n | serial baseline (s) | validation n × trials | validation (s) |")
    print("|---|---|---|---|---|---|")
    for problem, category, seconds, validation, status in rows:
        p = problems[problem]
        shown = f"{seconds:.3f}" if seconds is not None else f"({status or 'not run'})"
        checked = f"{validation:.3f}" if validation is not None else "–"
        sizes = f"{p.validation_size} × {p.validation_trials}"
        print(f"| {problem} | {category} | {p.timed(args.sizes):,} | {shown} | {sizes} | {checked} |")


if __name__ == "__main__":
    main()
