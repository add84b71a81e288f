"""The flow of DESIGN.md: prompts -> completions -> samples -> builds -> runs, into the store.

Every stage first asks the store what is already done, so a second run of the same command does
no repeated work and an interrupted one resumes where it stopped.
"""

from __future__ import annotations

import json
import secrets
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from attrs import define, evolve, field
from hpxeval import __version__
from hpxeval.config import Config, ConfigError, race_workers
from hpxeval.executor import LocalExecutor
from hpxeval.extract import extract
from hpxeval.machine import snapshot
from hpxeval.models import Model, ModelError
from hpxeval.plugins import PluginNotFound, Plugins
from hpxeval.prompts import render
from hpxeval.records import (
    DEFAULT_SIZES,
    RACE_CHECK,
    Build,
    BuildTask,
    Installation,
    Problem,
    Prompt,
    Run,
    RunLimits,
    StrictCheck,
    sha256,
    stable_json,
)
from hpxeval.runtimes import RuntimeUnavailable
from hpxeval.sandbox import Sandbox, SandboxSettings, SandboxUnavailable
from hpxeval.store import Store, completion_id


class Reporter(Protocol):
    """Progress reporting (the CLI shows rich progress bars; tests pass a silent one)."""

    def start(self, phase: str, total: int) -> None: ...
    def advance(self, phase: str, n: int = 1) -> None: ...
    def note(self, message: str) -> None: ...


class Silent:
    def start(self, phase: str, total: int) -> None: ...
    def advance(self, phase: str, n: int = 1) -> None: ...
    def note(self, message: str) -> None: ...


@define
class Summary:
    """What one command did, for the closing lines of the CLI."""

    completions_new: int = 0
    completions_cached: int = 0
    samples_new: int = 0
    no_code: int = 0
    builds_new: int = 0
    builds_cached: int = 0
    builds_from_cache: int = 0
    duplicates: int = 0
    runs_new: int = 0
    runs_cached: int = 0
    runs_skipped: int = 0
    runs_redone: int = 0  # stored runs made with other settings, run again
    race_checks: int = 0  # validation-only runs at an oversubscribed worker count
    notes: list[str] = field(factory=list)


# -- selection -------------------------------------------------------------------------------
def select_problems(plugins: Plugins, config: Config) -> list[Problem]:
    """The problems named by categories/problems (all registered ones when both are empty)."""
    ev = config.evaluation
    try:
        categories = [plugins.get("category", c) for c in (ev.categories or plugins.names("category"))]
    except PluginNotFound as exc:
        raise ConfigError(f"evaluation.categories: {exc}") from None
    problems = [p for cat in categories for p in cat.problems]
    if ev.problems:
        by_id = {p.id: p for cat in plugins.names("category") for p in plugins.get("category", cat).problems}
        unknown = [pid for pid in ev.problems if pid not in by_id]
        if unknown:
            hint = _close_ids(unknown[0], list(by_id))
            raise ConfigError(
                f"evaluation.problems: unknown problem(s) {', '.join(unknown)}{hint}; `hpxeval problems` lists them"
            )
        wanted = set(ev.problems)
        problems = [by_id[pid] for pid in by_id if pid in wanted and (not ev.categories or by_id[pid] in problems)]
    every = [p for cat in plugins.names("category") for p in plugins.get("category", cat).problems]
    _check_sizes(ev.sizes, every)
    return sorted(problems, key=lambda p: p.id)


def _check_sizes(profile: str, problems: list[Problem]) -> None:
    """A size profile must be the default or named by some installed problem (a typo is no profile);
    a problem that does not name it is timed at its default size."""
    named = {name for p in problems for name, _ in p.sizes} | {DEFAULT_SIZES}
    if profile not in named:
        raise ConfigError(
            f"evaluation.sizes: {profile!r} is no size profile of the installed problems;"
            f" allowed: {', '.join(sorted(named))}"
        )


def _close_ids(wanted: str, ids: list[str]) -> str:
    import difflib

    near = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5)
    prefix = [i for i in ids if i.split("_")[0] == wanted.split("_")[0]]
    near = near or prefix[:3]
    return f" (did you mean {', '.join(near)}?)" if near else ""


def select_runtimes(plugins: Plugins, config: Config) -> dict[str, Any]:
    try:
        return {name: plugins.get("runtime", name) for name in config.evaluation.runtimes}
    except PluginNotFound as exc:
        raise ConfigError(f"evaluation.runtimes: {exc}") from None


def open_model(plugins: Plugins, config: Config) -> Model:
    """The model for `generation.model` (`plugin[:argument]`), with its `[models.<plugin>]` options."""
    spec = config.generation.model
    name, _, argument = spec.partition(":")
    notes: list[str] = []
    if spec == "auto" and "auto" not in plugins.names("model"):
        name, argument, notes = resolve_auto(plugins)
    try:
        cls = plugins.get("model", name)
    except PluginNotFound as exc:
        raise ConfigError(f"generation.model: {exc}") from None
    gen = config.generation
    options = {
        k: v
        for k, v in (("temperature", gen.temperature), ("top_p", gen.top_p), ("max_tokens", gen.max_tokens))
        if v is not None
    }
    options.update(config.models.get(name, {}))
    model = cls(argument or None, options)
    for note in notes:
        model.note(note)
    return model


def resolve_auto(plugins: Plugins) -> tuple[str, str, list[str]]:
    """`auto`: the available model of lowest `auto_priority` (the local model before the reference
    solutions; never a paid API), with a note for each one passed over and for the choice."""
    classes = {n: plugins.get("model", n) for n in plugins.names("model")}
    ranked = sorted((cls.auto_priority, n) for n, cls in classes.items() if cls.auto_priority is not None)
    notes = []
    for _, name in ranked:
        ok, argument, message = classes[name].auto_argument()
        if ok:
            label = name if argument is None else f"{name}:{argument}"
            return name, argument or "", [*notes, f"generation.model = auto: using {label} ({message})"]
        notes.append(f"generation.model = auto: {name} is not available ({message})")
    raise ConfigError("generation.model = auto: no installed model can run without setup; name one (--model …)")


def make_prompts(problems: Sequence[Problem], runtimes: dict[str, Any]) -> list[tuple[Prompt, Problem]]:
    return [(render(p, name, rt.instruction(p)), p) for p in problems for name, rt in runtimes.items()]


def experiment_id(config: Config, model: Model) -> str:
    return sha256(stable_json([config.experiment.name, model.label, model.settings()]))[:16]


# -- generation ------------------------------------------------------------------------------
def generate(store: Store, plugins: Plugins, config: Config, reporter: Reporter, summary: Summary) -> None:
    """Ask the model for every (prompt, sample) the store lacks, storing each as it arrives."""
    problems = select_problems(plugins, config)
    runtimes = select_runtimes(plugins, config)
    try:
        model = open_model(plugins, config)
        prompts = make_prompts(problems, runtimes)
        requests = model.requests(prompts, config.generation.samples)
    except ModelError as exc:
        raise ConfigError(f"generation.model {config.generation.model!r}: {exc}") from None
    eid = experiment_id(config, model)
    store.add_experiment(
        eid,
        config.experiment.name,
        model.label,
        model.settings(),
        config.to_dict(),
        plugins.distributions(),
        __version__,
    )
    model.listen(reporter.note)
    model.journal = store
    for prompt, _ in prompts:
        store.add_prompt(prompt)
    settings = model.settings()
    ids = {req: completion_id(req.model, settings, req.prompt.sha, req.sample) for req in requests}
    done = store.existing_completions(list(ids.values()))
    todo = [req for req in requests if ids[req] not in done]
    summary.completions_cached += len(requests) - len(todo)
    reporter.start("generate", len(todo))
    for completion in model.generate(todo):
        store.add_completion(ids[completion.request], eid, completion)
        summary.completions_new += 1
        reporter.advance("generate")


def extract_samples(store: Store, plugins: Plugins, reporter: Reporter, summary: Summary) -> None:
    """Extract code from every stored completion that has no sample yet."""
    problems = {p.id: p for cat in plugins.names("category") for p in plugins.get("category", cat).problems}
    pending = store.unextracted()
    reporter.start("extract", len(pending))
    for cid, problem_id, runtime_name, text in pending:
        problem = problems.get(problem_id)
        if problem is None:
            summary.notes.append(
                f"completion for unknown problem {problem_id} left unextracted (category plugin missing?)"
            )
            continue
        sample = extract(text, problem)
        strict = StrictCheck(False)
        if sample.code is not None and runtime_name in plugins.names("runtime"):
            strict = plugins.get("runtime", runtime_name).strict_check(sample.code)
        store.add_sample(cid, problem_id, runtime_name, sample, strict)
        summary.samples_new += 1
        summary.no_code += sample.status != "ok"
        reporter.advance("extract")


# -- evaluation ------------------------------------------------------------------------------
@define(frozen=True)
class Work:
    """One distinct code against one installation, with the worker counts still to run."""

    task: BuildTask
    runtime: Any
    todo_workers: tuple[int, ...]
    done_runs: dict[int, str]
    built: tuple[bool, str] | None
    stale_runs: int = 0  # stored runs made with other settings: not done under these
    race_check: int = 0  # the worker count of a race check still to do after the timed runs (0: none)


def installations(runtimes: dict[str, Any], config: Config) -> dict[str, list[Installation]]:
    """Every installation of each selected runtime, carrying the experiment's optimisation level."""
    found = {}
    level = config.evaluation.optimisation
    for name, rt in runtimes.items():
        insts = rt.installations(config.runtimes.get(name, {}))
        if not insts:
            message = rt.missing_message() if hasattr(rt, "missing_message") else f"{name}: no installation found"
            raise RuntimeUnavailable(message)
        found[name] = [evolve(i, details={**i.details, "optimisation": level}) for i in insts]
    return found


def preflight(store: Store, plugins: Plugins, config: Config) -> None:
    """What evaluation needs, checked before generation is paid for: the selection, every
    runtime's installations, the store's settings and a sandbox that starts."""
    select_problems(plugins, config)
    insts = installations(select_runtimes(plugins, config), config)
    _check_validity(config.evaluation.validity, insts, store)
    _check_task_settings(config, store, record=False)
    with tempfile.TemporaryDirectory(prefix="hpxeval-check-") as probe:
        checked_sandbox(config, Path(probe))


def evaluate(
    store: Store,
    plugins: Plugins,
    config: Config,
    reporter: Reporter,
    summary: Summary,
    executor: LocalExecutor | None = None,
) -> None:
    """Build and run every distinct extracted code of the selection on every installation."""
    problems = {p.id: p for p in select_problems(plugins, config)}
    runtimes = select_runtimes(plugins, config)
    insts = installations(runtimes, config)
    _check_validity(config.evaluation.validity, insts, store)
    _check_task_settings(config, store)
    store.set_meta("validity", config.evaluation.validity)
    executor = executor or LocalExecutor(config.evaluation.build_jobs)
    workers = tuple(config.evaluation.workers)
    with tempfile.TemporaryDirectory(prefix="hpxeval-check-") as probe:
        sandbox = checked_sandbox(config, Path(probe))
    if not sandbox.isolated:
        reporter.note(
            "note: bubblewrap is not in use: samples run with process groups and rlimits only "
            "(apt install bubblewrap; sandbox.mode)"
        )
    limits = RunLimits(
        timeout=config.evaluation.timeout,
        repetitions=config.evaluation.repetitions,
        sizes=config.evaluation.sizes,
        output_cap=config.sandbox.output_cap_mb << 20,
        sandbox=sandbox,
        cores=tuple(config.evaluation.pin),
        settings=run_settings(config),
    )
    cache = config.evaluation.cache
    if not cache:
        reporter.note("note: --no-cache: every sample is built from scratch and run, duplicates included")
    evaluation_id = secrets.token_hex(8)
    store.start_evaluation(evaluation_id, snapshot(), list(config.evaluation.pin), limits.settings, __version__)
    limits = evolve(limits, evaluation_id=evaluation_id)
    with tempfile.TemporaryDirectory(prefix="hpxeval-") as tmp:
        race = race_workers(config.evaluation.race_workers)
        plan = _plan(store, problems, runtimes, insts, workers, Path(tmp), sandbox, cache, limits.settings, race)
        summary.builds_cached += sum(1 for w in plan if w.built is not None)
        summary.runs_cached += sum(len(w.done_runs) for w in plan)
        summary.runs_redone += sum(w.stale_runs for w in plan)
        runnable = _build_all(store, executor, plan, reporter, summary)
        reporter.start("run", sum(len(w.todo_workers) for w, _ in runnable))
        for work, build in runnable:
            _run_work(store, executor, work, build, problems[build.problem], limits, reporter, summary)
    store.finish_evaluation(evaluation_id, snapshot().load)


def _build_all(
    store: Store, executor: LocalExecutor, plan: list[Work], reporter: Reporter, summary: Summary
) -> list[tuple[Work, Build]]:
    """Build what needs a binary (new builds, and stored ones with runs still to do); store new outcomes."""
    needs_binary = [w for w in plan if w.built is None or (w.built[0] and (w.todo_workers or w.race_check))]
    reporter.start("build", len(needs_binary))
    runnable: list[tuple[Work, Build]] = []
    stored: set[tuple[str, str, str, str]] = set()
    for work, build in executor.builds(_build_one, needs_binary):
        key = (build.code_sha, build.problem, build.runtime, build.installation)
        if key in stored:
            summary.duplicates += 1  # --no-cache: the same code again; the first outcome is kept
        elif work.built is None:
            store.add_build(build, work.task.installation.version)
            summary.builds_new += 1
            summary.builds_from_cache += build.cached
        elif build.ok != work.built[0]:
            summary.notes.append(
                f"{build.problem} {build.code_sha[:12]} on {build.installation}: rebuilt with a "
                f"different outcome ({build.status}); the stored verdict is kept"
            )
        stored.add(key)
        if build.ok and work.built in (None, (True, "ok")) and (work.todo_workers or work.race_check):
            runnable.append((work, build))
        reporter.advance("build")
    return runnable


def _check_validity(rule: str, insts: dict[str, list[Installation]], store: Store) -> None:
    """The merge rule is any, all, or the name of an installation (found now or in the store)."""
    names = {i.name for found in insts.values() for i in found}
    names |= {r[0] for r in store.db.execute("SELECT DISTINCT installation FROM builds").fetchall()}
    if rule not in ("any", "all") and rule not in names:
        raise ConfigError(
            f"evaluation.validity: {rule!r} — allowed: any, all, or an installation name: {', '.join(sorted(names))}"
        )


RACE_TRIALS_FACTOR = 4  # a race check repeats the problem's validation trials this many times
SANDBOX_SETTINGS = ("mode", "memory_mb", "file_size_mb", "processes", "open_files", "tmpfs_mb")


def run_settings(config: Config) -> str:
    """What can decide a run's verdict or time, as stable JSON stored with every run: a stored run
    made with other settings is not reused but run again (the optimisation level and size
    profile also guard the whole store, see _check_task_settings)."""
    ev, sb = config.evaluation, config.sandbox
    return stable_json(
        {
            "timeout": ev.timeout,
            "repetitions": ev.repetitions,
            "sizes": ev.sizes,
            "optimisation": ev.optimisation,
            "pin": ev.pin,
            "sandbox": {k: getattr(sb, k) for k in SANDBOX_SETTINGS},
        }
    )


TASK_SETTINGS = ("optimisation", "sizes")  # what makes a stored run answer another task when changed


def _check_task_settings(config: Config, store: Store, record: bool = True) -> None:
    """Refuse to add runs made at another optimisation level or size profile to a store's runs.

    A run's key (code, installation, workers) does not say how it was compiled or how large its
    input was, so mixing them would silently compare unlike numbers."""
    wanted = {key: getattr(config.evaluation, key) for key in TASK_SETTINGS}
    stored = json.loads(store.get_meta("evaluated_with") or "null")
    if stored is not None and stored != wanted and store.has_runs():
        differ = ", ".join(
            f"{k} = {stored.get(k)!r} there, {wanted[k]!r} now" for k in TASK_SETTINGS if stored.get(k) != wanted[k]
        )
        raise ConfigError(
            f"{store.path}: its runs were evaluated with other settings ({differ}); evaluate into another "
            "--db, or set them back (--set evaluation.KEY=VALUE) to add to this one"
        )
    if record:
        store.set_meta("evaluated_with", stable_json(wanted))


def make_sandbox(config: Config) -> Sandbox:
    """The sandbox of `[sandbox]`; mode = bwrap without bubblewrap is a configuration error."""
    s = config.sandbox
    sandbox = Sandbox(SandboxSettings(s.mode, s.memory_mb, s.file_size_mb, s.processes, s.open_files, s.tmpfs_mb))
    try:
        sandbox.isolated  # noqa: B018 - raises when mode = bwrap and bubblewrap is missing
    except SandboxUnavailable as exc:
        raise ConfigError(f"sandbox.mode: {exc}") from None
    return sandbox


def checked_sandbox(config: Config, workdir: Path) -> Sandbox:
    """make_sandbox, started once: a sandbox that cannot start stops the run (no sample is judged)."""
    sandbox = make_sandbox(config)
    try:
        sandbox.check(workdir)
    except SandboxUnavailable as exc:
        raise RuntimeUnavailable(f"sandbox: {exc}") from None
    return sandbox


def _build_one(work: Work) -> tuple[Work, Build]:
    return work, work.runtime.build(work.task)


def _plan(
    store: Store,
    problems: dict[str, Problem],
    runtimes: dict[str, Any],
    insts: dict[str, list[Installation]],
    workers: tuple[int, ...],
    tmp: Path,
    sandbox: Sandbox,
    cache: bool = True,
    settings: str | None = None,
    race: int = 0,
) -> list[Work]:
    """One piece of work per distinct code × installation (per sample × installation without cache).

    A stored run counts as done only if it was made with `settings`; others are run again. A race
    check at `race` workers is due for a parallel runtime that may oversubscribe, unless stored."""
    plan = []
    codes = store.codes(list(problems), list(runtimes), distinct=cache)
    for index, (problem_id, runtime_name, code_sha, code) in enumerate(codes):
        for inst in insts[runtime_name]:
            built = store.build_of(code_sha, problem_id, runtime_name, inst.name)
            rt = runtimes[runtime_name]
            stored = store.runs_of(code_sha, problem_id, runtime_name, inst.name)
            current = [(w, rep, status) for w, rep, status, made in stored if settings is None or made == settings]
            done = {w: status for w, rep, status in current if rep != RACE_CHECK}
            stale = sum(1 for _, rep, _, _ in stored if rep != RACE_CHECK) - len(done)
            failed = any(status not in ("valid", "skipped") for status in done.values())
            parallel = getattr(rt, "parallel", True)
            todo = () if failed else tuple(w for w in (workers if parallel else (1,)) if w not in done)
            checked = any(w == race and rep == RACE_CHECK for w, rep, _ in current)
            racing = race and parallel and getattr(rt, "oversubscribe", False) and not failed and not checked
            workdir = tmp / f"{index:05d}-{problem_id}-{runtime_name}-{inst.name}-{code_sha[:16]}"
            task = BuildTask(problems[problem_id], runtime_name, inst, code, code_sha, workdir, sandbox, cache)
            plan.append(Work(task, rt, todo, done, built, stale, race if racing else 0))
    return plan


def _run_work(
    store: Store,
    executor: LocalExecutor,
    work: Work,
    build: Build,
    problem: Problem,
    limits: RunLimits,
    reporter: Reporter,
    summary: Summary,
) -> None:
    """Run at each worker count still to do, ascending; after an invalid run, skip the rest. Then,
    where one is due and nothing failed, the race check: validation only, at more workers than
    cores and with four times the trials, where a shared update without synchronisation shows
    more often (stored as repetition RACE_CHECK)."""
    inst = work.task.installation
    failure: str | None = None

    def store_run(run: Run) -> None:
        store.add_run(evolve(run, settings=limits.settings, evaluation_id=limits.evaluation_id))

    for w in work.todo_workers:
        if failure is not None:
            store_run(Run(build.code_sha, problem.id, build.runtime, inst.name, w, "skipped", False, log=failure))
            summary.runs_skipped += 1
        else:
            run = executor.run(lambda t: work.runtime.run(build, problem, t, limits, inst), w)
            store_run(run)
            summary.runs_new += 1
            if not run.valid:
                failure = f"skipped: {run.status} at {w} workers (the verdict cannot change)"
        reporter.advance("run")
    if work.race_check and failure is None:
        checking = evolve(limits, repetitions=0, validation_factor=RACE_TRIALS_FACTOR)
        run = executor.run(lambda t: work.runtime.run(build, problem, t, checking, inst), work.race_check)
        store_run(evolve(run, repetition=RACE_CHECK))
        summary.race_checks += 1
