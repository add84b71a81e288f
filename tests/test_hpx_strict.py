"""The HPX strict check: constructs in code count; comments, strings and #include alone do not."""

from __future__ import annotations

import pytest
from hpxeval_hpx.strict import strict_check

CASES = {
    "modern": (
        "bool f(std::vector<bool> const& x) {\n  return hpx::reduce(hpx::execution::par, x.begin(), x.end(), "
        "false, std::bit_xor<bool>());\n}",
        True,
        ("execution_policy", "parallel_algorithm"),
    ),
    "legacy": (
        "bool f(std::vector<bool> const& x) {\n  return hpx::parallel::reduce(hpx::parallel::execution::par, "
        "x.begin(), x.end(), false, [](bool a, bool b) { return a != b; });\n}",
        True,
        ("execution_policy", "parallel_algorithm"),
    ),
    "futures": (
        "int f() {\n  hpx::future<int> a = hpx::async([] { return 1; });\n  return a.get();\n}",
        True,
        ("async_future",),
    ),
    "dataflow": (
        "void f() { auto g = hpx::dataflow(hpx::unwrapping([](int a) { return a; }), hpx::make_ready_future(1)); }",
        True,
        ("async_future", "dataflow"),
    ),
    "locks": ("void f() { hpx::mutex m; std::lock_guard<hpx::mutex> l(m); }", True, ("synchronization",)),
    "old_spinlock": ("void f() { hpx::lcos::local::spinlock s; s.lock(); }", True, ("synchronization",)),
    "using_namespace": (
        "using namespace hpx;\nint f() { auto x = async([] { return 2; }); return x.get(); }",
        True,
        ("async_future",),
    ),
    "std_thread": (
        "#include <hpx/future.hpp>\nint f() {\n  std::thread t([] {});\n  t.join();\n  return 0;\n}",
        False,
        (),
    ),
    "comments_only": ("// hpx::reduce(hpx::execution::par, ...)\n/* hpx::async */\nint f() { return 0; }", False, ()),
    "string_only": ('int f() { const char* s = "hpx::async"; return s[0]; }', False, ()),
    "include_only": ("#include <hpx/algorithm.hpp>\nint f() { return std::accumulate(a, b, 0); }", False, ()),
    "std_sort_with_using": (
        "using namespace hpx::execution;\nvoid f(std::vector<int>& v) { std::sort(v.begin(), v.end()); }",
        False,
        (),
    ),
    "other_hpx": ('void f() { hpx::util::format("{}", 1); }', True, ("other",)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_strict_verdicts(name):
    code, uses, constructs = CASES[name]
    got = strict_check(code)
    assert (got.uses, got.constructs) == (uses, constructs)
