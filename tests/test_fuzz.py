"""Hypothesis fuzzing of everything that reads untrusted text, and properties of the estimators.

Extraction, the C++ scanner, the replay readers and the experiment file must turn any input
into a verdict or their own error type (never another exception); the estimators must keep
the properties that make them estimators. Settings keep the whole file well under a minute.
"""

from __future__ import annotations

import json
import os
import re
from fractions import Fraction
from itertools import combinations
from pathlib import Path

import pytest
from hpxeval.config import Config, ConfigError, load, parse_value
from hpxeval.cxxsource import items, mask
from hpxeval.extract import extract
from hpxeval.models import ModelError
from hpxeval.records import Problem, sha256
from hpxeval_metrics.estimators import expected_max_at_k, pass_at_k
from hpxeval_replay import read_any
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

# HPXEVAL_FUZZ_SCALE=20 runs twenty times as many examples (a deeper hunt, minutes instead of seconds).
SCALE = float(os.environ.get("HPXEVAL_FUZZ_SCALE", "1"))
FUZZ = settings(deadline=None, max_examples=int(300 * SCALE), suppress_health_check=[HealthCheck.too_slow])
QUICK = settings(
    deadline=None,
    max_examples=int(150 * SCALE),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def problem(function: str, signature: str, provided: tuple[str, ...] = ()) -> Problem:
    return Problem(
        id="fuzz",
        category="fuzz",
        function=function,
        signature=signature,
        description="",
        directory=Path("."),
        timed_size=1,
        validation_size=1,
        provided=provided,
    )


XOR = problem("reduceLogicalXOR", "bool reduceLogicalXOR(std::vector<bool> const& x)")
FFT = problem(
    "fft", "void fft(std::vector<std::complex<double>> const& x, std::vector<double> &r, std::vector<double> &i)"
)
HULL = problem(
    "convexHullPerimeter", "double convexHullPerimeter(std::vector<Point> const& points)", ("Point", "distance")
)

# Pieces of the text models really write, with every lexical trap of C++ and markdown.
FRAGMENTS = [
    XOR.signature,
    FFT.signature,
    HULL.signature,
    "void fft(std::vector<complex>& a)",
    "bool S::reduceLogicalXOR(std::vector<bool> const& x)",
    "{",
    "}",
    "};",
    "(",
    ")",
    ";",
    ",",
    "\n",
    "\n\n",
    "    ",
    "return x.size() % 2 == 1;",
    "return hpx::reduce(hpx::execution::par, x.begin(), x.end(), false, std::bit_xor<bool>{});",
    "for (bool v : x) r ^= v;",
    "bool r = false;",
    "// a } comment",
    "// ...",
    "/* { unterminated",
    "/* } */",
    "*/",
    '"a } string"',
    '"unterminated { string',
    "'{'",
    "'\\''",
    "'",
    'R"(raw { string )"',
    'R"x( unterminated raw',
    "```cpp\n",
    "```c++\n",
    "```\n",
    "```",
    "#include <vector>\n",
    "#include <hpx/hpx_main.hpp>\n",
    "#pragma omp parallel for reduction(^:r)\n",
    "#define N 10 \\\n  + 1\n",
    "int main() {",
    "int main() { return 0; }",
    "template <typename T>",
    "template <typename T, typename Op>\nT fold(T a, Op op) { return op(a); }",
    "class Solution {",
    "struct Point { double x, y; };",
    "double distance(Point const& a, Point const& b) { return 0; }",
    "public:",
    "static",
    "inline",
    "[[nodiscard]]",
    "using namespace std;",
    "using complex = std::complex<double>;",
    "namespace ex = hpx::execution;",
    "namespace detail {",
    "auto f = [&](int i) { return i; };",
    "const double PI = std::acos(-1);",
    "Here is the solution (using HPX):",
    "Here's the code you asked for.",
    "It isn't hard; it's O(n).",
    "using the parallel policy keeps it simple;",
    "<think>",
    "</think>",
    "\r\n",
    "\t",
    "::",
    "->",
    "<",
    ">",
    "...",
    "reduceLogicalXOR(",
    "fft(",
    "noexcept",
    "const",
    "\\",
    "\x00",
    "é ✓",
]
cxxish = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
texts = st.one_of(
    st.text(max_size=300), cxxish, st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5))).map("".join)
)


def check_sample(text: str, p: Problem) -> None:
    s = extract(text, p)
    assert s.status in ("ok", "no_code")
    if s.status == "ok":
        assert s.code is not None and s.code.endswith("\n")
        assert re.search(rf"\b{p.function}\s*\(", s.code), s.code
        assert s.code_sha == sha256(s.code)
        again = extract(s.code, p)
        assert again.status == "ok" and again.code == s.code, "extracting an extracted sample changed it"
    else:
        assert s.code is None and s.code_sha is None and s.reason


@FUZZ
@given(texts, st.sampled_from([XOR, FFT, HULL]))
@example(text="```\n```0\n;}", p=XOR)  # found: a fence-like line inside the answer was kept, then re-read as a fence
def test_extract_is_total_and_idempotent(text, p):
    check_sample(text, p)


@FUZZ
@given(st.text(max_size=400))
def test_mask_keeps_length_and_newlines(code):
    out = mask(code)
    assert len(out) == len(code)
    assert [i for i, c in enumerate(out) if c == "\n"] == [i for i, c in enumerate(code) if c == "\n"]
    assert all(o == c or o == " " for o, c in zip(out, code, strict=True))


def reference_mask(code: str) -> str:
    """The first, character-at-a-time scanner: the oracle for the fast one in cxxsource."""
    raw_open, char_lit = re.compile(r'R"([^()\\\s]{0,16})\('), re.compile(r"'(?:\\.[^'\n]{0,8}|[^\\'\n])'")
    out, i, n = list(code), 0, len(code)

    def blank(a: int, b: int) -> None:
        for j in range(a, min(b, n)):
            if out[j] != "\n":
                out[j] = " "

    while i < n:
        c = code[i]
        if code.startswith("//", i):  # to the line's end; a backslash carries it over the newline
            end = i + 2
            while end < n and code[end] != "\n":
                if code[end] == "\\":
                    if end + 1 == n:
                        break
                    end += 1
                end += 1
        elif code.startswith("/*", i):
            end = code.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif c == "R" and (m := raw_open.match(code, i)) and (i == 0 or not code[i - 1].isalnum()):
            close = code.find(")" + m.group(1) + '"', m.end())
            end = n if close < 0 else close + len(m.group(1)) + 2
        elif c == '"':
            j = i + 1
            while j < n and code[j] not in '"\n':
                j += 2 if code[j] == "\\" else 1
            end = min(j + 1, n)
        elif c == "'" and (m := char_lit.match(code, i)) and not (i > 0 and code[i - 1].isalnum()):
            end = m.end()
        else:
            i += 1
            continue
        blank(i, end)
        i = end
    return "".join(out)


@FUZZ
@given(st.one_of(cxxish, st.text(alphabet="R\"'/*()\\\nx{}", max_size=60), st.text(max_size=200)))
@example('R"x(a)x" "b\\\nc" \'\\\'\' 1\'000 /* // */ // "')
def test_mask_equals_the_reference_scanner(code):
    assert mask(code) == reference_mask(code)


@FUZZ
@given(st.one_of(cxxish, st.text(max_size=300)))
def test_mask_and_items_on_cxx_fragments(code):
    out = mask(code)
    assert len(out) == len(code) and out.count("\n") == code.count("\n")
    previous_end = 0
    for it in items(code):
        assert previous_end <= it.start < it.end <= len(code)
        previous_end = it.end


# -- replay readers --------------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@st.composite
def jsonl_objects(draw) -> dict:
    """A replay line: the four fields (each maybe dropped or of a wrong type) and extras."""
    good = {"problem": st.text(max_size=8), "runtime": st.text(max_size=8), "sample": st.integers(0, 9)}
    good |= {"text": st.text(max_size=30), "model": st.none() | st.text(max_size=8)}
    obj = {}
    for name, right in good.items():
        choice = draw(st.sampled_from(["right", "right", "wrong", "absent"]))
        if choice != "absent":
            obj[name] = draw(right if choice == "right" else json_values)
    obj.update(draw(st.dictionaries(st.text(max_size=6), json_values, max_size=2)))
    return obj


pareval_entries = st.dictionaries(
    st.sampled_from(["name", "parallelism_model", "prompt", "outputs", "model"]) | st.text(max_size=6),
    json_values | st.lists(json_values, max_size=3),
    max_size=6,
)


def read_or_error(path: Path) -> list | None:
    try:
        return read_any(path)
    except ModelError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return None


@QUICK
@given(st.binary(max_size=300))
def test_replay_reader_on_arbitrary_bytes(tmp_path, data):
    path = tmp_path / "r.jsonl"
    path.write_bytes(data)
    read_or_error(path)


@QUICK
@given(st.lists(jsonl_objects() | json_values, max_size=5), st.booleans())
@example(objects=[[]], ascii_only=True)  # found: read as an empty ParEval file, zero generations, no error
@example(objects=[{"problem": "p", "runtime": "r", "sample": True, "text": "t"}], ascii_only=True)
@example(objects=[{"problem": "p", "runtime": "r", "sample": 0, "text": "\ud800"}], ascii_only=True)
@example(objects=[{"problem": "p", "runtime": "r", "sample": 0, "text": "a\u2028b"}], ascii_only=False)
def test_replay_reader_on_jsonl_lines(tmp_path, objects, ascii_only):
    path = tmp_path / "r.jsonl"
    lines = [json.dumps(o, ensure_ascii=ascii_only) + "\n" for o in objects]
    path.write_text("".join(lines), encoding="utf-8", errors="surrogatepass")
    found = read_or_error(path)
    assert (found is not None) == (bool(objects) and all(map(valid_record, objects)))
    if found is not None:
        assert [(r.problem, r.runtime, r.sample, r.text) for r in found] == [
            (o["problem"], o["runtime"], o["sample"], o["text"]) for o in objects
        ]


def valid_record(o: object) -> bool:
    """What the reader must accept: the four fields with the right types, text that is real Unicode."""

    def string(v: object) -> bool:
        return isinstance(v, str) and not re.search("[\ud800-\udfff]", v)

    return (
        isinstance(o, dict)
        and all(string(o.get(f)) for f in ("problem", "runtime", "text"))
        and type(o.get("sample")) is int
        and o["sample"] >= 0
        and (o.get("model") is None or string(o["model"]))
    )


@QUICK
@given(st.lists(pareval_entries | json_values, max_size=4))
# found by this test: outputs of a wrong type and unhashable runtimes raised TypeError
@example(entries=[{"name": [], "parallelism_model": None, "prompt": [], "outputs": None}])
@example(entries=[{"name": None, "parallelism_model": [], "outputs": [], "prompt": []}])
def test_replay_reader_on_pareval_json(tmp_path, entries):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    for r in read_or_error(path) or []:
        assert isinstance(r.problem, str) and isinstance(r.runtime, str) and isinstance(r.text, str)


# -- the experiment file ---------------------------------------------------------------------------
SECTION_KEYS = {
    "experiment": ["name", "db"],
    "generation": ["model", "samples", "temperature", "top_p", "max_tokens"],
    "evaluation": ["runtimes", "categories", "problems", "workers", "timeout", "repetitions", "validity", "build_jobs"],
    "sandbox": ["mode", "memory_mb", "file_size_mb", "processes", "open_files", "output_cap_mb"],
    "runtimes": ["hpx", "openmp"],
    "models": ["openai", "replay"],
}
toml_values = st.sampled_from(
    ['"x"', "1", "0", "-3", "2.5", "nan", "inf", "-inf", "true", "[1, 2]", "[]", '["serial"]', '[1, "a"]', "{a = 1}",
     '"""multi\nline"""', "1979-05-27", "[[1]]", "{}", "'lit'"]
)  # fmt: skip


@st.composite
def toml_documents(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        section = draw(st.sampled_from([*SECTION_KEYS, "nope"]))
        lines.append(f"[{section}]")
        for _ in range(draw(st.integers(0, 4))):
            key = draw(st.sampled_from([*SECTION_KEYS.get(section, []), "unknown", "a.b"]))
            lines.append(f"{key} = {draw(toml_values)}")
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.text(max_size=20)))
    return "\n".join(lines) + "\n"


def load_or_error(path: Path | None, overrides=()) -> Config | None:
    try:
        return load(path, list(overrides))
    except ConfigError as exc:
        assert str(exc)
        return None


@QUICK
@given(toml_documents())
@example(document="[evaluation]\ntimeout = nan\n")  # found by this test: a NaN time limit was accepted
@example(document="[evaluation]\ntimeout = inf\n")
def test_config_file_gives_a_config_or_a_config_error(tmp_path, document):
    path = tmp_path / "x.toml"
    path.write_text(document, encoding="utf-8")
    config = load_or_error(path)
    if config is not None:
        assert config.evaluation.workers and min(config.evaluation.workers) >= 1
        assert 0 < config.evaluation.timeout < float("inf")


dotted_keys = st.lists(
    st.sampled_from([*SECTION_KEYS, *(k for ks in SECTION_KEYS.values() for k in ks), "x", ""]), min_size=1, max_size=3
).map(".".join)


@QUICK
@given(st.lists(st.tuples(dotted_keys, st.one_of(st.text(max_size=10), toml_values).map(parse_value)), max_size=4))
def test_overrides_give_a_config_or_a_config_error(overrides):
    load_or_error(None, overrides)


@QUICK
@given(st.binary(max_size=200))
def test_config_file_of_arbitrary_bytes(tmp_path, data):
    path = tmp_path / "x.toml"
    path.write_bytes(data)
    load_or_error(path)


# -- estimators ------------------------------------------------------------------------------------
counts = st.integers(1, 60).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n), st.integers(1, n)))


@FUZZ
@given(counts)
def test_pass_at_k_is_a_probability_monotone_in_c_and_k(nck):
    n, c, k = nck
    p = pass_at_k(n, c, k)
    assert 0.0 <= p <= 1.0
    if n - c < k:
        assert p == 1.0
    if c < n:
        assert pass_at_k(n, c + 1, k) >= p
    if k < n:
        assert pass_at_k(n, c, k + 1) >= p
    assert pass_at_k(n, c, k) == pytest.approx(float(1 - Fraction(_comb(n - c, k), _comb(n, k))), abs=1e-12)


def _comb(a: int, b: int) -> int:
    from math import comb

    return comb(a, b)


speedups = st.lists(st.one_of(st.just(0.0), st.floats(0.0, 64.0, allow_nan=False)), min_size=1, max_size=7)


@FUZZ
@given(speedups)
def test_expected_max_is_the_mean_of_subset_maxima(values):
    for k in range(1, len(values) + 1):
        subsets = list(combinations(values, k))
        brute = sum(max(s) for s in subsets) / len(subsets)
        assert expected_max_at_k(values, k) == pytest.approx(brute, rel=1e-9, abs=1e-12)


@FUZZ
@given(speedups, st.floats(0.0, 100.0, allow_nan=False))
def test_expected_max_is_monotone_in_k_and_scales_linearly(values, factor):
    got = [expected_max_at_k(values, k) for k in range(1, len(values) + 1)]
    assert all(a <= b * (1 + 1e-12) + 1e-12 for a, b in zip(got, got[1:], strict=False))
    assert got[-1] == pytest.approx(max(values))
    assert got[0] == pytest.approx(sum(values) / len(values))
    scaled = [expected_max_at_k([v * factor for v in values], k) for k in range(1, len(values) + 1)]
    assert scaled == pytest.approx([g * factor for g in got], rel=1e-9, abs=1e-12)
    assert expected_max_at_k(values, len(values) + 1) is None


@FUZZ
@given(speedups, st.integers(0, 5))
def test_invalid_samples_count_as_zeros_among_all_n(values, invalid):
    padded = values + [0.0] * invalid
    n = len(padded)
    for k in range(1, n + 1):
        # with zeros: the maximum of a subset is 0 exactly when it holds no valid value
        subsets = list(combinations(padded, k))
        assert expected_max_at_k(padded, k) == pytest.approx(sum(max(s) for s in subsets) / len(subsets), rel=1e-9)
    assert expected_max_at_k(padded, 1) == pytest.approx(sum(values) / n)


@example(n=3, k=0)
@given(st.integers(0, 10), st.integers(-2, 0))
def test_estimators_undefined_for_k_below_one(n, k):
    assert pass_at_k(n, 0, k) is None
    assert expected_max_at_k([1.0] * n, k) is None
