"""Extraction of the requested function from raw model text: exact code, or a no-code reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hpxeval.extract import extract
from hpxeval.records import Problem
from support import SHARED

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
HULL = Problem(
    id="11_geometry_convex_hull_perimeter",
    category="geometry",
    function="convexHullPerimeter",
    signature="double convexHullPerimeter(std::vector<Point> const& points)",
    description="",
    directory=Path("."),
    timed_size=1,
    validation_size=1,
    provided=("Point", "distance"),
)

BODY = (
    "bool reduceLogicalXOR(std::vector<bool> const& x) {\n"
    "    bool r = false;\n    for (bool v : x) r ^= v;\n    return r;\n}"
)


def test_plain_function_is_kept_verbatim():
    s = extract(BODY, XOR)
    assert s.status == "ok"
    assert s.code == BODY + "\n"


def test_code_fence_with_prose_around():
    text = (
        f"Here's the solution you asked for:\n\n```cpp\n#include <vector>\n{BODY}\n```\n\nIt's O(n) and it isn't hard."
    )
    assert extract(text, XOR).code == f"#include <vector>\n\n{BODY}\n"


def test_prefers_the_fence_that_defines_the_function():
    text = f"```\nint helper();\n```\nthen\n```c++\n{BODY}\n```"
    assert extract(text, XOR).code == BODY + "\n"


def test_main_and_regurgitated_scaffold_are_dropped_helpers_kept():
    text = (
        "struct Point { double x, y; };\n"
        "double distance(Point const& a, Point const& b) { return 0; }\n"
        "/* Return the perimeter of the convex hull. */\n"
        "static double cross(Point o, Point a, Point b) { return (a.x-o.x)*(b.y-o.y); }\n"
        "double convexHullPerimeter(std::vector<Point> const& points) {\n"
        "  return cross(points[0], points[1], points[2]);\n}\n"
        "int main() { return 0; }\n"
    )
    code = extract(text, HULL).code
    assert code == (
        "static double cross(Point o, Point a, Point b) { return (a.x-o.x)*(b.y-o.y); }\n\n"
        "double convexHullPerimeter(std::vector<Point> const& points) {\n"
        "  return cross(points[0], points[1], points[2]);\n}\n"
    )


def test_body_only_continuation_gets_the_signature():
    text = "{\n    return std::count(x.begin(), x.end(), true) % 2 == 1;\n}"
    assert extract(text, XOR).code == XOR.signature + " " + text + "\n"


def test_pareval_style_continuation_without_brace():
    text = "    return std::count(x.begin(), x.end(), true) % 2 == 1;\n}\n"
    assert extract(text, XOR).code == XOR.signature + " {\n" + text.rstrip("\n") + "\n"


def test_last_definition_wins():
    first = "bool reduceLogicalXOR(std::vector<bool> const& x) { return false; }"
    text = f"A first try:\n{first}\nA better one:\n{BODY}\n"
    assert extract(text, XOR).code == BODY + "\n"


def test_template_helper_and_using_declaration_survive_prose():
    text = "Sure thing.\nusing namespace std;\ntemplate <typename T>\nT twice(T v) { return v + v; }\n" + BODY
    assert (
        extract(text, XOR).code
        == "using namespace std;\n\ntemplate <typename T>\nT twice(T v) { return v + v; }\n\n" + BODY + "\n"
    )


def test_braces_inside_comments_and_strings_do_not_confuse():
    text = (
        "bool reduceLogicalXOR(std::vector<bool> const& x) {\n  // a } in a comment\n"
        '  const char *s = "}{";\n  /* { */ return x.size() % 2 == 1;\n}\nint main() {}\n'
    )
    assert extract(text, XOR).code == text.split("int main")[0].rstrip() + "\n"


@pytest.mark.parametrize(
    "text,reason",
    [
        ("", "empty completion"),
        ("   \n\t", "empty completion"),
        ("I cannot help with that, but HPX is a great library.", "no definition of reduceLogicalXOR() found"),
        ("```python\nprint('hi')\n```", "no definition of reduceLogicalXOR() found"),
    ],
)
def test_no_code_is_a_verdict_with_a_reason(text, reason):
    s = extract(text, XOR)
    assert (s.status, s.code, s.reason, s.code_sha) == ("no_code", None, reason, None)


def test_every_real_replay_sample_yields_code_or_a_reason():
    path = SHARED / "data" / "replay" / "reduce_xor_real.jsonl"
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    assert len(lines) == 55
    verdicts = [extract(obj["text"], XOR) for obj in lines]
    for obj, s in zip(lines, verdicts, strict=True):
        assert s.status in ("ok", "no_code")
        if s.status == "ok":
            assert "reduceLogicalXOR(" in s.code and "int main" not in s.code, obj["sample"]
        else:
            assert s.reason
    assert sum(s.status == "ok" for s in verdicts) == 55
