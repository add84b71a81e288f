"""Evaluation throughput with and without hpxeval's optimisations, measured in one session.

usage: python bench/throughput.py [--runtime hpx|openmp|serial] [--copies 12] [--workers 1,2]
                                  [--corpus FILE.jsonl] [--keep DIR]

Evaluates the same corpus twice, each time into a fresh DuckDB file with an empty build cache:
once as hpxeval does by default (identical code built and run once, driver objects and the
precompiled header shared, the build cache), once with `--no-cache` (every sample built from
scratch, driver included, and run, as the predecessor did). Prints samples per minute of each,
their ratio, the per-sample build time distribution, and the spread of repeated baseline
timings (coefficient of variation of each run's `baseline_times`), so that a speed-up that made
timings noisier would show.

The default corpus: `--copies` copies of 5 distinct codes for 25_reduce_xor (3 correct, one
wrong answer, one compile error): with 12 copies, 60 samples as in issue 7.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

PROBLEM = "25_reduce_xor"
SIG = "bool reduceLogicalXOR(std::vector<bool> const& x)"
SERIAL = SIG + " {\n  bool r = false;\n  for (bool v : x) r ^= v;\n  return r;\n}\n"
CODES = {
    "hpx": [
        SIG + " {\n  return hpx::transform_reduce(hpx::execution::par, x.begin(), x.end(), false,\n"
        "      [](bool a, bool b) { return a != b; }, [](bool v) { return v; });\n}\n",
        SIG + " {\n  std::size_t h = x.size() / 2;\n  auto part = [&](std::size_t lo, std::size_t hi) {\n"
        "    bool r = false; for (std::size_t i = lo; i < hi; ++i) r ^= x[i]; return r; };\n"
        "  hpx::future<bool> a = hpx::async(part, 0, h);\n  bool b = part(h, x.size());\n  return a.get() != b;\n}\n",
        SIG + " {\n  return hpx::count(hpx::execution::par, x.begin(), x.end(), true) % 2 == 1;\n}\n",
    ],
    "openmp": [
        SIG + " {\n  int c = 0;\n  #pragma omp parallel for reduction(^:c)\n"
        "  for (std::size_t i = 0; i < x.size(); ++i) c ^= x[i];\n  return c;\n}\n",
        SIG + " {\n  long c = 0;\n  #pragma omp parallel for reduction(+:c)\n"
        "  for (std::size_t i = 0; i < x.size(); ++i) c += x[i];\n  return c % 2 == 1;\n}\n",
        SIG + " {\n  bool r = false;\n  #pragma omp parallel\n  {\n    bool mine = false;\n    #pragma omp for nowait\n"
        "    for (std::size_t i = 0; i < x.size(); ++i) mine ^= x[i];\n    #pragma omp critical\n    r ^= mine;\n  }\n"
        "  return r;\n}\n",
    ],
    "serial": [
        SERIAL,
        SIG + " {\n  return std::count(x.begin(), x.end(), true) % 2 == 1;\n}\n",
        SIG + " {\n  int c = 0;\n  for (std::size_t i = 0; i < x.size(); ++i) c ^= x[i];\n  return c;\n}\n",
    ],
}
WRONG = SIG + " {\n  return x.size() % 2 == 1;\n}\n"
BROKEN = SIG + " {\n  return x.begin()\n}\n"


def corpus(runtime: str, copies: int) -> list[dict]:
    """copies × 5 distinct codes, interleaved as a model's repeated samples would be."""
    codes = [*CODES[runtime], WRONG, BROKEN]
    return [
        {"problem": PROBLEM, "runtime": runtime, "sample": i * len(codes) + j, "model": "bench", "text": text}
        for i in range(copies)
        for j, text in enumerate(codes)
    ]


def evaluate(work: Path, name: str, corpus_file: Path, runtime: str, workers: str, extra: list[str]) -> float:
    """Wall seconds of one `hpxeval run` into a fresh DuckDB file with an empty build cache."""
    env = dict(os.environ, HPXEVAL_CACHE=str(work / f"cache-{name}"))
    cmd = [
        sys.executable, "-m", "hpxeval", "run", "--model", f"replay:{corpus_file}", "--runtime", runtime,
        "--workers", workers, "--repetitions", "3", "--db", str(work / f"{name}.duckdb"), *extra,
    ]  # fmt: skip
    start = time.monotonic()
    subprocess.run(cmd, check=True, env=env, cwd=work, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def quantiles(values: list[float]) -> str:
    if not values:
        return "(none)"
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return (
        f"n={len(values)}  min {ordered[0]:.2f}  median {statistics.median(ordered):.2f}  "
        f"p90 {p90:.2f}  max {ordered[-1]:.2f} s"
    )


def report(db: Path) -> tuple[list[float], list[float], int]:
    """(build seconds of successful builds, baseline CV of each valid run, samples)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        builds = [r[0] for r in con.execute("SELECT seconds FROM builds WHERE ok").fetchall()]
        spreads = [
            statistics.pstdev(times) / statistics.fmean(times)
            for (times,) in con.execute("SELECT baseline_times FROM runs WHERE valid").fetchall()
            if times and len(times) > 1
        ]
        samples = con.execute("SELECT count(*) FROM samples").fetchone()[0]
    finally:
        con.close()
    return builds, spreads, samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runtime", default="hpx", choices=sorted(CODES))
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--corpus", type=Path, help="a replay JSONL file instead of the synthetic corpus")
    parser.add_argument("--pin", help="also pass --pin CORES to both runs")
    parser.add_argument("--keep", type=Path, help="keep the DuckDB files and caches in this directory")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="hpxeval-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus_file = work / "corpus.jsonl"
    if args.corpus:
        corpus_file.write_text(args.corpus.read_text())
    else:
        corpus_file.write_text("".join(json.dumps(x) + "\n" for x in corpus(args.runtime, args.copies)))
    extra = ["--pin", args.pin] if args.pin else []
    fast = evaluate(work, "default", corpus_file, args.runtime, args.workers, extra)
    slow = evaluate(work, "nocache", corpus_file, args.runtime, args.workers, [*extra, "--no-cache"])
    builds, spread_fast, samples = report(work / "default.duckdb")
    _, spread_slow, _ = report(work / "nocache.duckdb")
    print(f"corpus: {samples} samples, runtime {args.runtime}, workers {args.workers}, {os.cpu_count()} cores")
    print(f"default   : {fast:8.1f} s  {samples / fast * 60:8.1f} samples/min")
    print(f"--no-cache: {slow:8.1f} s  {samples / slow * 60:8.1f} samples/min")
    print(f"ratio     : {slow / fast:.1f}x faster by default")
    print(f"per-sample build time (successful builds of distinct codes, default mode): {quantiles(builds)}")
    for label, spread in (("default", spread_fast), ("--no-cache", spread_slow)):
        shown = f"median {statistics.median(spread):.3f} over {len(spread)} runs" if spread else "(no timed runs)"
        print(f"baseline timing spread (CV of repetitions), {label}: {shown}")
    print(f"files kept in {work}" if args.keep else f"(scratch directory {work})")


if __name__ == "__main__":
    main()
