"""Extraction of the requested function from raw model text: exact code, or a no-code reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hpxeval.extract import MAX_ANSWER, extract, parameters
from hpxeval.records import Problem
from support import SHARED, hpxeval, needs_gxx, rows

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
    # Per distinct text: a full function is kept verbatim; a body-only answer (it starts with
    # `{`: the signature was in the prompt) gets the signature in front and nothing else.
    distinct = {obj["text"]: obj for obj in lines}
    assert len(distinct) == 18
    body_only = sorted((o["model"], o["sample"]) for t, o in distinct.items() if t.lstrip().startswith("{"))
    assert body_only == [("gpt-5 (medium reasoning)", s) for s in (2, 5, 17)]
    for text in distinct:
        expected = f"{XOR.signature} {text.strip()}\n" if text.lstrip().startswith("{") else text.strip() + "\n"
        assert extract(text, XOR).code == expected, text


# -- overloads of the requested name (problems 08/09: function `fft`) ----------------------------
FFT_HELPER = """void fft(std::vector<complex>& a) {
    const size_t n = a.size();
    if (n <= 1) return;
    std::vector<complex> even(n / 2), odd(n / 2);
    for (size_t k = 0; k < n / 2; ++k) {
        even[k] = a[2 * k];
        odd[k] = a[2 * k + 1];
    }
    fft(even);
    fft(odd);
    for (size_t k = 0; k < n / 2; ++k) {
        complex t = std::polar(1.0, -2.0 * M_PI * double(k) / double(n)) * odd[k];
        a[k] = even[k] + t;
        a[k + n / 2] = even[k] - t;
    }
}"""
FFT_SPLIT = """void fft(std::vector<std::complex<double>> const& x, std::vector<double> &r, std::vector<double> &i) {
    std::vector<complex> a(x.begin(), x.end());
    fft(a);
    for (size_t k = 0; k < a.size(); ++k) {
        r[k] = a[k].real();
        i[k] = a[k].imag();
    }
}"""
# A realistic answer: prose, a fence with an in-place helper overload, a usage fence with main().
FFT_SPLIT_ANSWER = f"""Here is a recursive radix-2 Cooley–Tukey implementation. A helper overload transforms a
vector in place; the requested function copies the input, transforms it and splits the result.

```cpp
#include <cmath>
#include <complex>
#include <vector>

using complex = std::complex<double>;

// In-place recursive FFT of a power-of-two sized vector.
{FFT_HELPER}

{FFT_SPLIT}
```

### Example

```cpp
int main() {{
    std::vector<std::complex<double>> x = {{1, 1, 1, 1, 0, 0, 0, 0}};
    std::vector<double> r(8), i(8);
    fft(x, r, i);
}}
```

The overall complexity is O(n log n).
"""
FFT_INPLACE_SAME_ARITY = """void fft(std::vector<cd> & a, bool invert) {
    int n = a.size();
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(a[i], a[j]);
    }
    for (int len = 2; len <= n; len <<= 1) {
        double ang = 2 * PI / len * (invert ? 1 : -1);
        cd wlen(std::cos(ang), std::sin(ang));
        for (int i = 0; i < n; i += len) {
            cd w(1);
            for (int j = 0; j < len / 2; j++) {
                cd u = a[i+j], v = a[i+j+len/2] * w;
                a[i+j] = u + v;
                a[i+j+len/2] = u - v;
                w *= wlen;
            }
        }
    }
}"""
FFT_OUT = """void fft(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &output) {
    output = x;
    fft(output, false);
}"""
# cp-algorithms style: the helper has as many parameters as the requested function.
FFT_OUT_ANSWER = f"""```cpp
#include <complex>
#include <vector>
#include <cmath>

using cd = std::complex<double>;
const double PI = std::acos(-1);

{FFT_INPLACE_SAME_ARITY}

{FFT_OUT}
```
"""


def test_helper_overload_of_the_requested_name_is_kept(problems):
    s = extract(FFT_SPLIT_ANSWER, problems["08_fft_split_fft"])
    assert s.code == (
        "#include <cmath>\n#include <complex>\n#include <vector>\n\n"
        f"using complex = std::complex<double>;\n\n{FFT_HELPER}\n\n{FFT_SPLIT}\n"
    )


def test_helper_overload_with_as_many_parameters_is_kept(problems):
    s = extract(FFT_OUT_ANSWER, problems["09_fft_fft_out_of_place"])
    assert s.code == (
        "#include <complex>\n#include <vector>\n#include <cmath>\n\n"
        "using cd = std::complex<double>;\n\nconst double PI = std::acos(-1);\n\n"
        f"{FFT_INPLACE_SAME_ARITY}\n\n{FFT_OUT}\n"
    )


def test_last_definition_with_the_signature_wins_over_earlier_tries_not_over_overloads(problems):
    first_try = FFT_SPLIT.replace("fft(a);", "// TODO").replace("const& x", "const &input").replace("(x.", "(input.")
    text = f"First attempt:\n{first_try}\n\nBetter, with a helper:\n{FFT_HELPER}\n\n{FFT_SPLIT}\n"
    assert extract(text, problems["08_fft_split_fft"]).code == f"{FFT_HELPER}\n\n{FFT_SPLIT}\n"


def test_parameters_ignore_names_defaults_std_and_const_placement():
    assert parameters("void f(std::vector<bool> const& x, int n = 3)") == parameters(
        "void f(const vector<bool> &values, int)"
    )
    assert parameters("void f(std::vector<bool>& x)") != parameters("void f(std::vector<bool> const& x)")
    assert parameters("int f(void)") == parameters("int f()") == ()
    assert parameters("no parameter list here") is None


@needs_gxx
def test_fft_answers_with_overloads_build_and_pass(tmp_path):
    lines = [
        {"problem": "08_fft_split_fft", "runtime": "serial", "sample": 0, "text": FFT_SPLIT_ANSWER},
        {"problem": "09_fft_fft_out_of_place", "runtime": "serial", "sample": 0, "text": FFT_OUT_ANSWER},
    ]
    (tmp_path / "fft.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    args = ["--model", "replay:fft.jsonl", "--runtime", "serial", "--workers", "1", "--repetitions", "0"]
    hpxeval("run", *args, "-p", "08_fft_split_fft", "-p", "09_fft_fft_out_of_place", cwd=tmp_path)
    got = rows(tmp_path / "hpxeval.duckdb", "SELECT problem, extraction, built, valid FROM sample_verdicts ORDER BY 1")
    assert got == [("08_fft_split_fft", "ok", True, True), ("09_fft_fft_out_of_place", "ok", True, True)]


# -- common shapes of real model output ----------------------------------------------------------
def test_usage_example_fence_with_main_is_not_taken_for_the_answer():
    text = (
        f"Here is the implementation:\n\n```cpp\n#include <hpx/algorithm.hpp>\n{BODY}\n```\n\n"
        "Example usage:\n\n```cpp\n#include <iostream>\nint main() {\n    std::vector<bool> v{true, false};\n"
        "    std::cout << reduceLogicalXOR(v) << '\\n';\n}\n```\n"
    )
    assert extract(text, XOR).code == f"#include <hpx/algorithm.hpp>\n\n{BODY}\n"


def test_markdown_answer_with_here_is_prose_and_inline_code():
    text = (
        "## Solution\n\nHere is the function. It calls `hpx::reduce` over `x` with the XOR operator:\n\n"
        f"```c++\n{BODY}\n```\n\n- **Complexity:** O(n) work, O(log n) span.\n"
        "- Call it as `reduceLogicalXOR(x);` from your code.\n"
    )
    assert extract(text, XOR).code == BODY + "\n"


def test_elisions_are_dropped():
    text = f"#include <vector>\n// ... (rest of your code)\n...\n{BODY}\n// ...\n"
    assert extract(text, XOR).code == f"#include <vector>\n\n{BODY}\n"


def test_complete_program_keeps_includes_and_helpers_drops_main():
    text = (
        "#include <hpx/hpx_main.hpp>\n#include <hpx/numeric.hpp>\n#include <iostream>\nusing namespace std;\n\n"
        f"static bool xor2(bool a, bool b) {{ return a != b; }}\n\n{BODY}\n\n"
        "int main() {\n    vector<bool> v(10, true);\n    cout << reduceLogicalXOR(v) << endl;\n    return 0;\n}\n"
    )
    assert extract(text, XOR).code == (
        "#include <hpx/hpx_main.hpp>\n#include <hpx/numeric.hpp>\n#include <iostream>\n\nusing namespace std;\n\n"
        f"static bool xor2(bool a, bool b) {{ return a != b; }}\n\n{BODY}\n"
    )


def test_template_helper_with_two_parameters_and_constexpr():
    helper = "template <typename T, typename Op>\nT fold(std::vector<T> const& v, T init, Op op) {\n"
    helper += "    for (auto e : v) init = op(init, e);\n    return init;\n}"
    text = f"constexpr int kGrain = 4096;\n{helper}\n{BODY}\n"
    assert extract(text, XOR).code == f"constexpr int kGrain = 4096;\n\n{helper}\n\n{BODY}\n"


@pytest.mark.parametrize(
    "text,reason",
    [
        (
            "```cpp\nclass Solution {\npublic:\n    static bool reduceLogicalXOR(std::vector<bool> const& x) {\n"
            "        bool r = false; for (bool v : x) r ^= v; return r;\n    }\n};\n```",
            "reduceLogicalXOR() is defined only as a member of Solution; the driver calls a free function",
        ),
        (
            "struct S { static bool reduceLogicalXOR(std::vector<bool> const& x); };\n"
            "bool S::reduceLogicalXOR(std::vector<bool> const& x) { return false; }\n",
            "reduceLogicalXOR() is defined only as S::reduceLogicalXOR(); the driver calls a free function",
        ),
        ("bool reduceLogicalXOR(std::vector<bool> const& x);\n", "reduceLogicalXOR() is declared but never defined"),
        ("You can call reduceLogicalXOR(x); to get it.", "no definition of reduceLogicalXOR() found"),
        (
            "<think>\nLet me try bool reduceLogicalXOR(std::vector<bool> const& x) { return false; }",
            "the completion ends inside a <think> reasoning block (no answer after it)",
        ),
        ("<think>\nxor it all\n</think>\n\n", "empty answer after the </think> reasoning block"),
    ],
)
def test_shapes_without_a_free_function_say_why(text, reason):
    assert (extract(text, XOR).status, extract(text, XOR).reason) == ("no_code", reason)


def test_body_only_answers_without_the_closing_brace_get_it():
    ret = "    return hpx::reduce(hpx::execution::par, x.begin(), x.end(), false, std::bit_xor<bool>{});"
    assert extract("{\n" + ret + "\n", XOR).code == f"{XOR.signature} {{\n{ret}\n}}\n"
    statements = "    bool r = false;\n    for (bool v : x) r ^= v;\n    return r;\n"
    assert extract(statements, XOR).code == f"{XOR.signature} {{\n{statements}}}\n"


def test_truncated_body_stays_truncated():
    text = "{\n    return hpx::reduce(hpx::execution::par, x.begin(),"
    assert extract(text, XOR).code == f"{XOR.signature} {text}\n"


def test_think_block_drafts_are_ignored():
    draft = "bool reduceLogicalXOR(std::vector<bool> const& x) { return false; }"
    assert extract(f"<think>\nFirst: {draft} no wait.\n</think>\n\n```cpp\n{BODY}\n```", XOR).code == BODY + "\n"
    # Templates that open the block in the prompt leave only the closing tag in the output.
    assert extract(f"so xor... {draft}\n</think>\n{BODY}", XOR).code == BODY + "\n"


def test_prose_with_parentheses_right_above_the_function():
    assert extract(f"Here is the solution (using HPX):\n{BODY}\n", XOR).code == BODY + "\n"


def test_prose_after_the_function_that_starts_like_a_declaration_is_dropped():
    text = f"{BODY}\nusing the parallel policy here keeps it simple; it scales.\nconst correctness is kept;\n"
    assert extract(text, XOR).code == BODY + "\n"


def test_crlf_line_endings():
    text = f"Sure:\n```cpp\n{BODY}\n```\nDone (it's fast).\n".replace("\n", "\r\n")
    assert extract(text, XOR).code == BODY + "\n"


def test_global_declarations_are_kept():
    decls = (
        "std::atomic<int> counter{0};\ndouble lo, hi = 1.0;\nusing hpx::execution::par;\nstruct Point;\n"
        "static std::mutex m;\nint *scratch = nullptr;\ntypedef std::complex<double> cd;\n"
        "template <typename T> T twice(T v);\nconstexpr std::size_t kGrain = 1 << 12;\nextern int g_seed;"
    )
    text = f"{decls}\n{BODY}\n"
    assert extract(text, XOR).code == decls.replace("\n", "\n\n") + f"\n\n{BODY}\n"


def test_an_answer_over_the_size_limit_is_no_code_with_its_size():
    helper = "int helper%d(int a) { return a + %d; }\n"
    body = "".join(helper % (i, i) for i in range(MAX_ANSWER // 30))
    text = "<think>" + "x" * MAX_ANSWER + "</think>\n```cpp\n" + body + BODY + "\n```\n"
    sample = extract(text, XOR)
    assert sample.status == "no_code" and sample.code is None
    assert sample.reason.startswith("the answer is ") and sample.reason.endswith(
        " KiB, over the 256 KiB extraction limit"
    )
    assert extract("<think>" + "x" * MAX_ANSWER + "</think>\n" + BODY, XOR).status == "ok"  # reasoning is free


def test_top_level_static_assert_is_kept_and_a_commented_define_stays_dead():
    text = (
        "```cpp\n#include <vector>\n// a note that continues \\\n#define reduceLogicalXOR broken\n"
        'static_assert(sizeof(int) >= 4, "int");\n' + BODY + "\n```\n"
    )
    code = extract(text, XOR).code
    assert 'static_assert(sizeof(int) >= 4, "int");' in code
    assert "#define" not in code  # it belonged to the // comment (line continuation)
