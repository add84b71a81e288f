"""Small synthetic stores written row by row with the Store API (no compiler), for metric tests.

Every sample is described by what happened to it on each installation, so a test can compute
its metrics by hand from the same description.
"""

from __future__ import annotations

from pathlib import Path

from attrs import define, field
from hpxeval.records import Build, Completion, Prompt, Request, Run, Sample, StrictCheck
from hpxeval.store import Store, completion_id

BASELINE = 2.0  # seconds of the serial baseline in every synthetic run

SYNTAX_LOG = "tu.cpp:3:12: error: expected ';' before '}' token\n    3 |   return 1 }\n"
UNDECLARED_LOG = "tu.cpp: In function 'int f()':\ntu.cpp:2:10: error: 'g' was not declared in this scope\n"
LINK_LOG = "/usr/bin/ld: sample.o: in function `f()':\nsample.cpp:(.text+0x5): undefined reference to `g()'\n"


@define(frozen=True)
class On:
    """One installation's outcome: the build status, then per worker count (status, seconds)."""

    build: str = "ok"
    runs: dict[int, tuple[str, float | None]] = field(factory=dict)
    log: str = ""


@define(frozen=True)
class Spec:
    """One synthetic sample: code or not, strict check, constructs, and its installations."""

    on: dict[str, On] = field(factory=dict)
    code: bool = True
    strict: bool = True
    constructs: tuple[str, ...] = ()


def valid(*seconds: float, workers: tuple[int, ...] = (1, 2, 4)) -> dict[int, tuple[str, float | None]]:
    """Valid runs at the worker counts, taking the given seconds."""
    return {w: ("valid", s) for w, s in zip(workers, seconds, strict=True)}


def invalid_at_first(status: str = "invalid", workers: tuple[int, ...] = (1, 2, 4)) -> dict:
    """A failed first run and the remaining worker counts skipped (as the pipeline records them)."""
    return {w: (status if i == 0 else "skipped", None) for i, w in enumerate(workers)}


def add_samples(store: Store, model: str, runtime: str, category: str, problem: str, specs: list[Spec]) -> None:
    """Write the prompt, completions, samples, builds and runs of one problem's samples."""
    prompt = Prompt(problem, category, runtime, f"prompt for {problem} ({runtime})")
    store.add_experiment("exp", "synthetic", model, {}, {}, {}, "test")
    store.add_prompt(prompt)
    for index, spec in enumerate(specs):
        cid = completion_id(model, {}, prompt.sha, index)
        text = f"// {model} {problem} {runtime} sample {index}"
        store.add_completion(cid, "exp", Completion(Request(prompt, index, model, None), text))
        sample = Sample(text if spec.code else None, "ok" if spec.code else "no_code", "" if spec.code else "none")
        store.add_sample(cid, problem, runtime, sample, StrictCheck(spec.strict, spec.constructs))
        for inst, on in spec.on.items():
            _add_installation(store, sample.code_sha, problem, runtime, inst, on)


def _add_installation(store: Store, sha: str, problem: str, runtime: str, inst: str, on: On) -> None:
    store.add_build(Build(sha, problem, runtime, inst, on.build == "ok", on.build, 1.0, on.log), inst)
    for workers, (status, seconds) in on.runs.items():
        ok = status == "valid"
        run = Run(sha, problem, runtime, inst, workers, status, ok, seconds, BASELINE if ok else None)
        store.add_run(run)


def paper_store(path: Path) -> Store:
    """The store of tests/test_metric_views.py (its docstring computes every metric by hand)."""
    store = Store(path)
    new, old = "1.10.0", "1.5.1"
    p1 = [
        Spec(
            {new: On(runs=valid(2.0, 1.0, 0.8)), old: On(runs=valid(2.0, 1.0, 2.0))},
            constructs=("execution_policy", "parallel_algorithm"),
        ),
        Spec(
            {new: On(runs=valid(4.0, 2.0, 1.6)), old: On("compile_error", log=UNDECLARED_LOG)},
            constructs=("execution_policy", "parallel_algorithm"),
        ),
        Spec({new: On(runs=valid(2.0, 2.0, 2.0)), old: On(runs=valid(2.0, 2.0, 2.0))}, strict=False),
        Spec({new: On(runs=invalid_at_first()), old: On(runs=invalid_at_first())}, constructs=("async_future",)),
        Spec(code=False, strict=False),
        Spec(
            {new: On(runs=invalid_at_first("crash")), old: On("link_error", log=LINK_LOG)},
            constructs=("execution_policy", "parallel_algorithm"),
        ),
    ]
    add_samples(store, "m1", "hpx", "reduce", "p1_reduce", p1)
    p2 = [
        Spec(
            {new: On(runs=valid(1.0, 0.5, 0.5)), old: On(runs=valid(1.0, 0.5, 0.5))}, constructs=("parallel_algorithm",)
        ),
        Spec({new: On("compile_error", log=SYNTAX_LOG), old: On("compile_error", log=SYNTAX_LOG)}),
        Spec({new: On("compile_error", log=SYNTAX_LOG), old: On("compile_error", log=SYNTAX_LOG)}),
        Spec({new: On(runs=invalid_at_first("timeout")), old: On(runs=invalid_at_first("timeout"))}),
        Spec({new: On("compile_error", log=UNDECLARED_LOG), old: On("compile_error", log=UNDECLARED_LOG)}),
    ]
    add_samples(store, "m1", "hpx", "scan", "p2_scan", p2)
    m2 = [
        Spec(
            {new: On(runs=valid(2.0, 1.0, 0.5)), old: On(runs=valid(2.0, 1.0, 0.5))},
            constructs=("execution_policy", "parallel_algorithm"),
        ),
        Spec(
            {new: On(runs=valid(2.0, 1.0, 1.0)), old: On(runs=valid(2.0, 1.0, 1.0))},
            constructs=("execution_policy", "parallel_algorithm"),
        ),
        Spec({new: On(runs=invalid_at_first()), old: On(runs=invalid_at_first())}),
        Spec({new: On(runs=invalid_at_first()), old: On(runs=invalid_at_first())}),
        Spec({new: On(runs=invalid_at_first()), old: On(runs=invalid_at_first())}),
    ]
    add_samples(store, "m2", "hpx", "reduce", "p1_reduce", m2)
    omp = [
        Spec({"g++-12": On(runs=valid(2.0, 1.0, workers=(1, 2)))}, constructs=("parallel_for",)),
        Spec({"g++-12": On(runs=valid(2.0, 4.0, workers=(1, 2)))}, constructs=("parallel_for",)),
    ]
    add_samples(store, "m1", "openmp", "reduce", "p1_reduce", omp)
    return store
