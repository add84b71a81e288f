"""The Charm++ and Legion strict checks: constructs in code count; comments, strings and #include do not."""

from __future__ import annotations

import pytest

charm = pytest.importorskip("hpxeval_charm.strict", reason="hpxeval-runtime-charm not installed")
legion = pytest.importorskip("hpxeval_legion.strict", reason="hpxeval-runtime-legion not installed")

CHARM = {
    "array_and_reduction": (
        "class Worker : public CBase_Worker { void run(int p, CkCallback done) {\n"
        "  int v = thisIndex; contribute(sizeof v, &v, CkReduction::sum_int, done); } };\n"
        "int f() { CProxy_Worker w = CProxy_Worker::ckNew(4); CkReductionMsg *m;\n"
        "  w.run(4, CkCallbackResumeThread((void *&)m)); int r = *(int *)m->getData(); delete m; return r; }",
        True,
        ("callback", "chare", "chare_array", "entry_method", "reduction"),
    ),
    "future": ("int f() { CkFuture fut = CkCreateFuture(); CkReleaseFuture(fut); return 0; }", True, ("future",)),
    "pe_count_only": ("int f() { return CkNumPes() > 1 ? 1 : 0; }", False, ("pe_query",)),
    "comments_only": (
        "// CProxy_Worker::ckNew(4); contribute(done);\n/* CkCallback */\nint f() { return 0; }",
        False,
        (),
    ),
    "string_only": ('const char *s = "CProxy_Worker::ckNew(4) CkReduction::sum_int";', False, ()),
    "include_only": ('#include "charm++.h"\nint f() { return 0; }', False, ()),
    "std_thread": ("int f() { std::thread t([] {}); t.join(); return 0; }", False, ()),
}
LEGION = {
    "index_launch_with_reduction": (
        "int f() { auto *rt = Legion::Runtime::get_runtime();\n"
        "  Legion::IndexTaskLauncher l(id, dom, Legion::UntypedBuffer(), Legion::ArgumentMap());\n"
        "  Legion::Future s = rt->execute_index_space(ctx, l, LEGION_REDOP_SUM_INT64);\n"
        "  return s.get_result<int>(); }",
        True,
        ("future", "reduction", "task_launch"),
    ),
    "single_task_and_registration": (
        'void f() { Legion::TaskVariantRegistrar r(id, "t", false); rt->register_task_variant<g>(r);\n'
        "  Legion::TaskLauncher l(id, Legion::UntypedBuffer()); rt->execute_task(ctx, l).get_void_result(); }",
        True,
        ("future", "task_launch", "task_registration"),
    ),
    "regions": (
        "void f() { Legion::LogicalRegion lr = rt->create_logical_region(ctx, is, fs);\n"
        "  Legion::IndexPartition ip = rt->create_equal_partition(ctx, is, cs); }",
        False,
        ("partition", "region"),
    ),
    "runtime_only": ("void f() { auto *rt = Legion::Runtime::get_runtime(); (void)rt; }", False, ()),
    "comments_only": (
        "// Legion::IndexTaskLauncher l; rt->execute_index_space(ctx, l);\nint f() { return 0; }",
        False,
        (),
    ),
    "string_only": ('const char *s = "IndexTaskLauncher execute_index_space FutureMap";', False, ()),
    "include_only": ('#include "legion.h"\nint f() { return 0; }', False, ()),
}


@pytest.mark.parametrize("name", sorted(CHARM))
def test_charm_strict_verdicts(name):
    code, uses, constructs = CHARM[name]
    got = charm.strict_check(code)
    assert (got.uses, got.constructs) == (uses, constructs)


@pytest.mark.parametrize("name", sorted(LEGION))
def test_legion_strict_verdicts(name):
    code, uses, constructs = LEGION[name]
    got = legion.strict_check(code)
    assert (got.uses, got.constructs) == (uses, constructs)


@pytest.mark.parametrize("runtime", ["charm", "legion"])
def test_every_shipped_reference_is_strict(plugins, problems, runtime):
    rt = plugins.get("runtime", runtime)
    shipped = [(pid, rt.reference_solution(p)) for pid, p in sorted(problems.items())]
    found = [(pid, path) for pid, path in shipped if path is not None]
    categories = {problems[pid].category for pid, _ in found}
    assert {"transform", "reduce", "histogram"} <= categories
    for pid, path in found:
        assert rt.strict_check(path.read_text()).uses, pid


DEAD = "#if 0\n{construct}\n#if defined(X)\n#endif\n#else\nint live = 0;\n#endif\n"


@pytest.mark.parametrize(
    "runtime, construct",
    [("openmp", "#pragma omp parallel for"), ("hpx", "auto f = hpx::async([] { return 1; });")],
)
def test_preprocessor_dead_code_is_no_use(plugins, runtime, construct):
    rt = plugins.get("runtime", runtime)
    assert not rt.strict_check(DEAD.format(construct=construct)).uses
    assert rt.strict_check(DEAD.format(construct=construct).replace("#if 0", "#if 1")).uses
