"""Measure the serial baseline of every installed problem at its timed size; print docs/suite.md's table.

usage: python bench/suite_baselines.py [--db bench-baselines.duckdb]
Runs the reference model on the serial runtime at one worker with three timed repetitions and
reports, per problem, the mean baseline time (seconds on one core of this machine).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys

import duckdb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="bench-baselines.duckdb")
    args = parser.parse_args()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "hpxeval",
            "run",
            "--model",
            "reference",
            "--runtime",
            "serial",
            "--workers",
            "1",
            "--repetitions",
            "3",
            "--timeout",
            "120",
            "--db",
            args.db,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    con = duckdb.connect(args.db, read_only=True)
    rows = con.execute(
        "SELECT p.problem, p.category, any_value(r.baseline_seconds), any_value(r.status), any_value(r.times) "
        "FROM prompts p LEFT JOIN completions c USING (prompt_sha) LEFT JOIN samples s USING (completion_id) "
        "LEFT JOIN runs r ON r.code_sha = s.code_sha AND r.problem = p.problem AND r.runtime = 'serial' "
        "WHERE p.runtime = 'serial' GROUP BY ALL ORDER BY p.problem"
    ).fetchall()
    print(
        f"Measured on {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}; one worker, mean of 3 repetitions.\n"
    )
    print("| problem | category | serial baseline (s) | in 0.1–2 s |")
    print("|---|---|---|---|")
    for problem, category, seconds, status, _ in rows:
        shown = f"{seconds:.3f}" if seconds is not None else f"({status or 'not run'})"
        inside = "yes" if seconds is not None and 0.1 <= seconds <= 2.0 else "no"
        print(f"| {problem} | {category} | {shown} | {inside} |")


if __name__ == "__main__":
    main()
