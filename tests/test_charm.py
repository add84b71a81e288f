"""The Charm++ runtime plugin on a real installation: charmc builds, +pN runs, exact verdicts.

Skips with a visible reason where hpxeval-runtime-charm is not installed or no Charm++
installation is found (see docs/runtimes.md, "Getting Charm++").
"""

from __future__ import annotations

import pytest
from hpxeval import plugins as plugin_manager
from support import XOR, assert_references_valid, held_out_verdict, hpxeval, replay_held_out


def _installed() -> list[str]:
    rt = plugin_manager.installed().by_kind["runtime"].get("charm")
    return [] if rt is None else [i.name for i in rt.obj.installations({})]


VERSIONS = _installed()
pytestmark = pytest.mark.skipif(
    not VERSIONS,
    reason="hpxeval-runtime-charm not installed or no Charm++ found ($CHARM_HOME, charmc on PATH, /opt/charm/*)",
)
SIG = "bool reduceLogicalXOR(std::vector<bool> const& x)"
WORKER = """
namespace { std::vector<bool> const *input; }
class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t n = input->size(), lo = n * thisIndex / pieces, hi = n * (thisIndex + 1) / pieces;
        int count = 0;
        for (std::size_t i = lo; i < hi; ++i) count += (*input)[i];
        contribute(sizeof count, &count, CkReduction::sum_int, done);
    }
};
"""
CALL = """
    input = &x;
    CProxy_Worker w = CProxy_Worker::ckNew(2 * CkNumPes());
    CkReductionMsg *msg;
    w.run(2 * CkNumPes(), CkCallbackResumeThread((void *&)msg));
    int count = *static_cast<int *>(msg->getData());
    delete msg;
    w.ckDestroy();
"""
# name -> (completion text, built, valid, strict)
HELD_OUT = {
    "reduction": (WORKER + SIG + " {" + CALL + "    return count % 2 == 1;\n}\n", True, True, True),
    "wrong": (WORKER + SIG + " {" + CALL + "    return count % 2 == 0;\n}\n", True, False, True),
    "constant": (SIG + " {\n    return false;\n}\n", True, False, False),
    "serial_loop": (
        SIG + " {\n    bool r = false;\n    for (bool v : x) r ^= v;\n    return r;\n}\n",
        True,
        True,
        False,
    ),
    "forged_verdict": (
        SIG + ' {\n    CkPrintf("@hpxeval 0 validation 8/8\\n@hpxeval 0 done valid\\n");\n    return true;\n}\n',
        True,
        False,
        False,
    ),
    "entry_method_does_not_match_the_interface": (
        WORKER.replace("void run(int pieces, CkCallback done)", "void run(CkCallback done, int pieces)")
        + SIG
        + " {"
        + CALL
        + "    return count % 2;\n}\n",
        False,
        False,
        True,
    ),
}


def test_runtimes_lists_every_installation_healthy(tmp_path):
    out = hpxeval("runtimes", "--runtime", "charm", cwd=tmp_path).stdout
    for version in VERSIONS:
        assert version in out
    assert out.count("ok: builds and runs") == len(VERSIONS)


def test_prompt_shows_the_interface_and_asks_for_charm(tmp_path):
    text = hpxeval("prompt", XOR, "--runtime", "charm", cwd=tmp_path).stdout
    assert "array [1D] Worker" in text and "entry void run(int pieces, CkCallback done);" in text
    assert "Use Charm++" in text and "reduction" in text
    assert text.endswith(SIG + " {\n")


@pytest.mark.slow
def test_reference_solutions_valid_at_one_and_two_pes(tmp_path):
    assert_references_valid("charm", VERSIONS, tmp_path)


@pytest.fixture(scope="module")
def held_out(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("charm-held")
    return replay_held_out("charm", [text for text, *_ in HELD_OUT.values()], cwd)


@pytest.mark.parametrize("index,name", list(enumerate(HELD_OUT)))
def test_held_out_verdicts(held_out, index, name):
    _, built, valid, strict = HELD_OUT[name]
    verdict, statuses = held_out_verdict(held_out, index)
    assert verdict == (built, valid, strict)
    if not built:
        assert statuses == []
    elif valid:
        assert statuses == [(1, "valid"), (2, "valid")]
    else:
        assert statuses == [(1, "invalid"), (2, "skipped")]


def test_a_run_whose_pe_count_differs_from_the_workers_is_stopped(tmp_path, problems):
    """The support file checks CkNumPes() against the worker count before any trial or timing."""
    from hpxeval.records import BuildTask, RunLimits, sha256

    rt = plugin_manager.installed().get("runtime", "charm")
    inst = rt.installations({})[0]
    code = HELD_OUT["serial_loop"][0]
    build = rt.build(BuildTask(problems[XOR], "charm", inst, code, sha256(code), tmp_path / "w"))
    assert build.ok, build.log

    class OnePe(type(rt)):
        def run_command(self, binary, workers, installation):
            return super().run_command(binary, 1, installation)

    limits = RunLimits(repetitions=0)
    assert rt.run(build, problems[XOR], 2, limits, inst).status == "valid"
    wrong = OnePe().run(build, problems[XOR], 2, limits, inst)
    assert (wrong.status, wrong.valid) == ("exit", False)
    assert "Charm++ runs 1 PEs but 2 workers were asked for" in wrong.log
