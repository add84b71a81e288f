"""Time extraction on answers of growing length; print seconds per answer.

usage: python bench/extract_speed.py
Three shapes per size: a thinking model's answer (a <think> block, prose, then a fence), prose
without code, and prose with semicolons (the worst case of the declaration scan). Thinking
models write answers of 100 kB and more; extraction must stay well under a second for them.
"""

from __future__ import annotations

import time
from pathlib import Path

from hpxeval.extract import extract
from hpxeval.records import Problem

XOR = Problem(
    id="25_reduce_xor",
    category="reduce",
    function="reduceLogicalXOR",
    signature="bool reduceLogicalXOR(std::vector<bool> const& x)",
    description="",
    directory=Path("."),
    timed_size=1,
    validation_size=1,
)
BODY = "bool reduceLogicalXOR(std::vector<bool> const& x) {\n    return x.size() % 2 == 1;\n}\n"
PROSE = "This is one line of reasoning about how to compute the xor, it's fine (really) and we go on\n"


def shapes(lines: int) -> dict[str, str]:
    return {
        "think+fence": f"<think>\n{PROSE * lines}</think>\n{PROSE * lines}```cpp\n{BODY}```\n",
        "prose only": PROSE * lines,
        "prose with ;": PROSE.replace(",", ";") * lines,
    }


def main() -> None:
    print(f"{'kB':>6} {'shape':<14} {'verdict':<8} {'seconds':>8}")
    for lines in (100, 1000, 3000):
        for name, text in shapes(lines).items():
            start = time.perf_counter()
            sample = extract(text, XOR)
            seconds = time.perf_counter() - start
            print(f"{len(text) // 1000:>6} {name:<14} {sample.status:<8} {seconds:>8.3f}")


if __name__ == "__main__":
    main()
