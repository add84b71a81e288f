"""The Legion runtime plugin on a real installation (the legate wheel's Legion): exact verdicts.

Skips with a visible reason where hpxeval-runtime-legion is not installed or no Legion
installation is found (pip install 'hpxeval-runtime-legion[legate]'; docs/runtimes.md).
"""

from __future__ import annotations

import pytest
from hpxeval import plugins as plugin_manager
from support import XOR, assert_references_valid, held_out_verdict, hpxeval, replay_held_out, rows


def _runtime():
    registered = plugin_manager.installed().by_kind["runtime"].get("legion")
    return None if registered is None else registered.obj


def _installed() -> list[str]:
    rt = _runtime()
    return [] if rt is None else [i.name for i in rt.installations({})]


VERSIONS = _installed()
pytestmark = pytest.mark.skipif(
    not VERSIONS,
    reason="hpxeval-runtime-legion not installed or no Legion found (the legate wheel, $LEGION_DIR, /opt/legion/*)",
)
SIG = "bool reduceLogicalXOR(std::vector<bool> const& x)"


def launch(registrar: str, combine: str) -> str:
    """A sample whose point tasks count the true values of a slice; `combine` turns parts into the answer."""
    return f"""
struct Slice {{ std::vector<bool> const *x; long pieces; }};
static long count(const Legion::Task *task, const std::vector<Legion::PhysicalRegion> &, Legion::Context,
                  Legion::Runtime *) {{
    auto const &s = *static_cast<Slice const *>(task->args);
    long n = s.x->size(), p = task->index_point[0], c = 0;
    for (long i = n * p / s.pieces; i < n * (p + 1) / s.pieces; ++i) c += (*s.x)[i];
    return c;
}}
{SIG} {{
    auto *rt = Legion::Runtime::get_runtime();
    auto ctx = Legion::Runtime::get_context();
    static Legion::TaskID id = 0;
    if (id == 0) {{
        id = rt->generate_dynamic_task_id();
        Legion::TaskVariantRegistrar r({registrar});
        r.add_constraint(Legion::ProcessorConstraint(Legion::Processor::LOC_PROC));
        rt->register_task_variant<long, count>(r);
    }}
    Slice s{{&x, 3}};
    Legion::IndexTaskLauncher l(id, Legion::Domain(Legion::Rect<1>(0, 2)), Legion::UntypedBuffer(&s, sizeof s),
                                Legion::ArgumentMap());
    Legion::FutureMap parts = rt->execute_index_space(ctx, l);
    long total = 0;
    for (long p = 0; p < 3; ++p) total += parts.get_result<long>(Legion::DomainPoint(p));
{combine}
}}
"""


# name -> (completion text, built, valid, strict)
HELD_OUT = {
    "future_map": (launch('id, "count", false', "    return total % 2 == 1;"), True, True, True),
    "wrong": (launch('id, "count", false', "    return total > 0;"), True, False, True),
    "constant": (SIG + " {\n    return false;\n}\n", True, False, False),
    "serial_loop": (
        SIG + " {\n    bool r = false;\n    for (bool v : x) r ^= v;\n    return r;\n}\n",
        True,
        True,
        False,
    ),
    "global_registration_of_a_static_task": (launch('id, "count"', "    return total % 2 == 1;"), True, False, True),
    "does_not_compile": (SIG + " {\n    return Legion::no_such_api(x);\n}\n", False, False, False),
}


def test_runtimes_lists_every_installation_healthy(tmp_path):
    out = hpxeval("runtimes", "--runtime", "legion", cwd=tmp_path).stdout
    for version in VERSIONS:
        assert version in out
    assert out.count("ok: builds and runs") == len(VERSIONS)


def test_prompt_asks_for_tasks_index_launches_and_futures(tmp_path):
    text = hpxeval("prompt", XOR, "--runtime", "legion", cwd=tmp_path).stdout
    for phrase in ("Use Legion", "IndexTaskLauncher", "FutureMap", "Legion::Runtime::get_context()"):
        assert phrase in text
    assert text.endswith(SIG + " {\n")


def test_cuda_standin_used_only_without_a_driver():
    from hpxeval_legion import standin

    rt = _runtime()
    (inst, *_) = rt.installations({})
    dirs = standin.library_dirs(bool(inst.details.get("cuda")))
    if standin.real_driver_loadable() or not inst.details.get("cuda"):
        assert dirs == []
    else:
        (d,) = dirs
        assert (d / "libcuda.so.1").is_file()
        assert rt.run_env(2, inst) == {"LD_LIBRARY_PATH": str(d)}


@pytest.mark.slow
def test_reference_solutions_valid_at_one_and_two_cpus(tmp_path):
    assert_references_valid("legion", VERSIONS, tmp_path)


@pytest.fixture(scope="module")
def held_out(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("legion-held")
    return replay_held_out("legion", [text for text, *_ in HELD_OUT.values()], cwd)


@pytest.mark.parametrize("index,name", list(enumerate(HELD_OUT)))
def test_held_out_verdicts(held_out, index, name):
    _, built, valid, strict = HELD_OUT[name]
    verdict, statuses = held_out_verdict(held_out, index)
    assert verdict == (built, valid, strict)
    if not built:
        assert statuses == []
    elif valid:
        assert statuses == [(1, "valid"), (2, "valid")]
    elif name == "global_registration_of_a_static_task":
        assert statuses == [(1, "crash"), (2, "skipped")]
    else:
        assert statuses == [(1, "invalid"), (2, "skipped")]


def test_a_legion_api_error_is_in_the_run_log(held_out):
    index = list(HELD_OUT).index("global_registration_of_a_static_task")
    (log,) = rows(
        held_out,
        f"SELECT r.log FROM runs r JOIN sample_verdicts sv USING (code_sha) "
        f"WHERE sv.sample = {index} AND r.workers = 1",
    )[0]
    assert "requested global registration without a portable implementation" in log


def test_a_run_whose_cpu_count_differs_from_the_workers_is_stopped(tmp_path, problems):
    """The support file counts LOC_PROC processors against the worker count before any trial."""
    from hpxeval.records import BuildTask, RunLimits, sha256

    rt = _runtime()
    inst = rt.installations({})[0]
    code = HELD_OUT["serial_loop"][0]
    build = rt.build(BuildTask(problems[XOR], "legion", inst, code, sha256(code), tmp_path / "w"))
    assert build.ok, build.log

    class OneCpu(type(rt)):
        def run_command(self, binary, workers, installation):
            return super().run_command(binary, 1, installation)

    limits = RunLimits(repetitions=0)
    assert rt.run(build, problems[XOR], 2, limits, inst).status == "valid"
    wrong = OneCpu().run(build, problems[XOR], 2, limits, inst)
    assert (wrong.status, wrong.valid) == ("exit", False)
    assert "Legion has 1 CPU processors but 2 workers were asked for" in wrong.log
