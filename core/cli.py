"""The `hpxeval` command line (also `python -m hpxeval`)."""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import polars as pl
from hpxeval import __version__
from hpxeval import plugins as plugin_manager
from hpxeval.buildcache import BuildCache
from hpxeval.config import Config, ConfigError, load, parse_value
from hpxeval.models import ModelError
from hpxeval.pipeline import Summary, evaluate, extract_samples, generate, open_model, preflight, select_problems
from hpxeval.progress import MODES, make_reporter
from hpxeval.prompts import render
from hpxeval.registry import known_plugins
from hpxeval.runtimes import RuntimeUnavailable
from hpxeval.scoring import (
    cell_text,
    drop_undefined,
    incomplete,
    installation_metrics_frame,
    measured_workers,
    metrics_frame,
)
from hpxeval.store import Store, StoreError
from hpxeval.suite import ProblemError
from hpxeval.toolchain import DriverError, cache_dir
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

USER_ERRORS = (ConfigError, StoreError, RuntimeUnavailable, ModelError, ProblemError, DriverError)
FORMATS = click.Choice(["table", "json", "csv"])
err = Console(stderr=True, soft_wrap=True)  # messages are never wrapped mid-word into a log


def main() -> None:
    """Entry point: run the CLI, turning user errors into one clear line and exit code 2.

    Ctrl-C exits with 130 and says how to resume (every finished stage is in the store).
    """
    try:
        code = cli.main(standalone_mode=False)
    except USER_ERRORS as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except click.ClickException as exc:  # usage errors: click's own message, exit 2
        exc.show()
        sys.exit(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        err.print("interrupted: everything finished is stored; rerun the same command to resume", highlight=False)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="hpxeval")
def cli() -> None:
    """Evaluate LLM-generated parallel code for HPX, OpenMP and other task runtimes.

    \b
    Quick start:
      hpxeval run examples/quickstart.toml      generate, build, run, score
      hpxeval metrics                            the metrics table of hpxeval.duckdb
      hpxeval report --out report                the paper's figures and report/index.html
      hpxeval sql "SELECT * FROM sample_verdicts"
    """


# -- output helpers ----------------------------------------------------------------------------
def printable(text: str) -> str:
    """Text for a terminal: control characters (escape sequences a sample printed) shown escaped."""
    return "".join(c if c.isprintable() or c in "\n\t" else repr(c)[1:-1] for c in text)


def emit(frame: pl.DataFrame, fmt: str, title: str | None = None) -> None:
    """Print a frame as a rich table, JSON (a list of objects) or CSV."""
    if fmt == "json":
        click.echo(json.dumps(frame.to_dicts(), indent=2, default=str))
    elif fmt == "csv":
        nested = [c for c, t in frame.schema.items() if t.is_nested()]  # lists and structs as JSON text
        flat = frame.with_columns(
            pl.Series(c, [json.dumps(v, default=str) for v in frame[c].to_list()], dtype=pl.String) for c in nested
        )
        click.echo(flat.write_csv(), nl=False)
    else:
        table = Table(title=title, show_lines=False)
        for col, dtype in frame.schema.items():  # a number is never broken over two lines
            table.add_column(
                col, overflow="fold", no_wrap=dtype.is_numeric(), justify="right" if dtype.is_numeric() else "left"
            )
        for row in frame.iter_rows():
            table.add_row(*(Text(printable(cell_text(v))) for v in row))
        console = Console()
        if not console.is_terminal:  # a file or pipe: the whole table, however wide, never folded
            console = Console(width=max(80, _natural_width(table)))
        console.print(table)


def _natural_width(table: Table) -> int:
    """The width a table needs to show every cell on one line."""
    measure = Console(width=100_000).measure(table)
    return measure.maximum


# -- experiment options ------------------------------------------------------------------------
def _workers(value: str | None, option: str = "--workers") -> list[int] | None:
    if value is None:
        return None
    try:
        return [int(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise click.BadParameter(f"{value!r}: give comma-separated integers, e.g. 1,2,4", param_hint=option) from None


def experiment_options(fn: Callable) -> Callable:
    options = [
        click.argument("config", required=False, type=click.Path(path_type=Path)),
        click.option(
            "--model",
            "-m",
            help="Model spec plugin[:argument]: auto, reference, llamacpp, openai:gpt-5, anthropic:MODEL, "
            "vllm:MODEL, replay:PATH (docs/models.md).",
        ),
        click.option(
            "--runtime", "-r", "runtimes", multiple=True, help="Runtime to prompt and evaluate for (repeatable)."
        ),
        click.option("--category", "-c", "categories", multiple=True, help="Restrict to a category (repeatable)."),
        click.option("--problem", "-p", "problems", multiple=True, help="Restrict to a problem id (repeatable)."),
        click.option("--samples", "-n", type=int, help="Samples per prompt (default: the model's own, 1 for most)."),
        click.option("--workers", "-w", help="Worker counts, comma separated (default 1,2,4… up to the cores)."),
        click.option("--timeout", type=float, help="Time limit per run in seconds (default 60)."),
        click.option("--repetitions", type=int, help="Timed repetitions per run (default 5, as ParEval)."),
        click.option("--validity", help="Merge installations: any (default), all, or one installation name."),
        click.option("--name", help="Experiment name stored with the results."),
        click.option(
            "--no-cache",
            "no_cache",
            is_flag=True,
            default=None,
            help="Build every sample from scratch (no build cache, no shared driver objects, no dedupe of "
            "identical code): for comparisons and for users who distrust caches.",
        ),
        click.option(
            "--pin", help="Pin timed runs to these cores (comma separated); a run at W workers uses the first W."
        ),
        click.option("--db", type=click.Path(path_type=Path), help="DuckDB file (default hpxeval.duckdb)."),
        click.option(
            "--progress",
            type=click.Choice(MODES),
            default="auto",
            show_default=True,
            help="bar: progress bars; lines: a line per stage step every 10 s (the default without a terminal); "
            "json: the same as JSON lines, for schedulers.",
        ),
        click.option(
            "--set",
            "sets",
            multiple=True,
            metavar="KEY=VALUE",
            help="Override any setting of the experiment file, e.g. --set evaluation.build_jobs=1.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def build_config(config: Path | None, **opts: Any) -> Config:
    """The experiment file (if any) with every given command-line option applied on top."""
    pairs: list[tuple[str, Any]] = []
    mapping = {
        "model": "generation.model",
        "samples": "generation.samples",
        "runtimes": "evaluation.runtimes",
        "categories": "evaluation.categories",
        "problems": "evaluation.problems",
        "timeout": "evaluation.timeout",
        "repetitions": "evaluation.repetitions",
        "validity": "evaluation.validity",
        "name": "experiment.name",
    }
    for key, dotted in mapping.items():
        value = opts.get(key)
        if value not in (None, ()):
            pairs.append((dotted, list(value) if isinstance(value, tuple) else value))
    if opts.get("workers") is not None:
        pairs.append(("evaluation.workers", _workers(opts["workers"])))
    if opts.get("pin") is not None:
        pairs.append(("evaluation.pin", _workers(opts["pin"])))
    if opts.get("no_cache"):
        pairs.append(("evaluation.cache", False))
    if opts.get("db") is not None:
        pairs.append(("experiment.db", str(opts["db"])))
    for item in opts.get("sets", ()):
        key, eq, value = item.partition("=")
        if not eq or not key:
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE, e.g. evaluation.timeout=30")
        pairs.append((key.strip(), parse_value(value.strip())))
    return load(config, pairs)


def _pipeline(stages: tuple[str, ...], config: Config, progress: str = "auto") -> Summary:
    plugins = plugin_manager.installed()
    summary = Summary()
    store = Store(config.experiment.db)
    try:
        if "generate" in stages and "evaluate" in stages:
            preflight(store, plugins, config)  # a missing runtime is found before generation is paid
        with make_reporter(progress, err) as reporter:
            if "generate" in stages:
                generate(store, plugins, config, reporter, summary)
            if "extract" in stages:
                extract_samples(store, plugins, reporter, summary)
            if "evaluate" in stages:
                evaluate(store, plugins, config, reporter, summary)
    finally:
        store.close()
    _print_summary(summary, config)
    return summary


def _print_summary(s: Summary, config: Config) -> None:
    builds = f"builds: {s.builds_new} new"
    if s.builds_from_cache:
        builds += f" ({s.builds_from_cache} from the build cache)"
    builds += f", {s.builds_cached} cached"
    if s.duplicates:
        builds += f", {s.duplicates} duplicate builds done again (--no-cache)"
    err.print(
        f"completions: {s.completions_new} new, {s.completions_cached} already stored; "
        f"samples: {s.samples_new} extracted ({s.no_code} without code); {builds}; "
        f"runs: {s.runs_new} new, {s.runs_cached} cached, {s.runs_skipped} skipped"
        + (f" ({s.runs_redone} run again: made with other settings)" if s.runs_redone else "")
        + (f", {s.race_checks} race checks" if s.race_checks else "")
        + f" → {config.experiment.db}",
        highlight=False,
    )
    for note in s.notes:
        err.print(f"note: {escape(note)}", highlight=False)


HEADLINE = ("build@k", "pass@k", "strict_pass@k", "speedup@k", "efficiency@k")


def _show_metrics(
    db: str,
    ks: list[int],
    fmt: str = "table",
    workers: int | None = None,
    by_problem: bool = False,
    names: tuple[str, ...] = HEADLINE,
    validity: str | None = None,
    by_installation: bool = False,
    strict: bool = False,
) -> None:
    plugins = plugin_manager.installed()
    try:
        metrics = [plugins.get("metric", n) for n in _metric_names(plugins, names or plugins.names("metric"))]
    except LookupError as exc:
        raise ConfigError(f"--metric: {exc}") from None
    store = Store(db)
    try:
        _check_validity(store, validity)
        measured = measured_workers(store)
        if workers is not None and workers not in measured:
            raise ConfigError(f"--workers {workers}: not measured in {db}; measured: {_listing(measured)}")
        with store.validity(validity):
            compute = installation_metrics_frame if by_installation else metrics_frame
            frame = compute(store, metrics, ks, workers, by_problem)
        missing = sum(row[-1] for row in incomplete(store))
        noisy = store.db.execute("SELECT count(*) FROM run_spread WHERE noisy").fetchone()[0]
        implausible = store.db.execute("SELECT count(*) FROM implausible_speedups").fetchone()[0]
    finally:
        store.close()
    if frame.is_empty():
        err.print(f"no samples in {db} yet")
        return
    _warn_incomplete(missing, db, strict)
    if noisy:
        err.print(
            f"note: {noisy} timed run(s) vary by more than 10 % between repetitions (view run_spread; "
            "sample_speedups.speedup_cv): their speedups are uncertain; a quieter machine or --pin helps",
            highlight=False,
        )
    if implausible:
        err.print(
            f"note: {implausible} sample speedup(s) exceed 1.5 × their worker count (view implausible_speedups): "
            "a better algorithm than the baseline, or a gamed timing; look at them before publishing",
            highlight=False,
        )
    frame, dropped = drop_undefined(frame)
    if dropped:
        ks_out = sorted({int(c.rpartition("@")[2]) for c in dropped})
        err.print(f"k = {_listing(ks_out)} left out: more than the n samples of every problem", highlight=False)
    emit(frame, fmt, title=f"metrics ({db})")


INCOMPLETE_EXIT = 3  # hpxeval metrics --strict on a store with work missing


def _warn_incomplete(missing: int, db: str, strict: bool) -> None:
    """Say how many samples the numbers leave out because their work is not done; exit 3 with --strict."""
    if not missing:
        return
    err.print(
        f"warning: {missing} sample(s) in {db} are incomplete (not extracted, built or run everywhere yet) and are "
        "left out of every metric (column 'missing'); rerun `hpxeval run`/`evaluate` to complete them",
        highlight=False,
    )
    if strict:
        raise SystemExit(INCOMPLETE_EXIT)


def _metric_names(plugins: plugin_manager.Plugins, names: tuple[str, ...] | list[str]) -> list[str]:
    """Metric names, where the name of a metric plugin (e.g. pareval-legacy) stands for all of its metrics."""
    found: list[str] = []
    for name in names:
        registered = plugins.by_kind["metric"].values()
        found.extend([r.name for r in registered if r.plugin == name and r.name not in found] or [name])
    return found


def _listing(values: list) -> str:
    return ", ".join(map(str, values)) or "none (no runs yet)"


def _check_validity(store: Store, rule: str | None) -> None:
    """A --validity rule must be any, all, or an installation the store has verdicts for."""
    if rule in (None, "any", "all"):
        return
    known = [r[0] for r in store.db.execute("SELECT DISTINCT installation FROM builds ORDER BY 1").fetchall()]
    if rule not in known:
        have = ", ".join(known) or "none yet"
        raise ConfigError(f"--validity {rule!r}: allowed: any, all, or an installation of {store.path}: {have}")


# -- commands ----------------------------------------------------------------------------------
@cli.command()
@experiment_options
def run(config: Path | None, **opts: Any) -> None:
    """Generate, extract, build, run and score; print the metrics table.

    Everything already in the DuckDB file is reused, so rerunning the same command resumes an
    interrupted run and does no repeated work.
    """
    cfg = build_config(config, **opts)
    _pipeline(("generate", "extract", "evaluate"), cfg, opts["progress"])
    _show_metrics(cfg.experiment.db, [1])


@cli.command("generate")
@experiment_options
def generate_cmd(config: Path | None, **opts: Any) -> None:
    """Only generate (and extract) completions into the DuckDB file."""
    _pipeline(("generate", "extract"), build_config(config, **opts), opts["progress"])


@cli.command("evaluate")
@experiment_options
def evaluate_cmd(config: Path | None, **opts: Any) -> None:
    """Only extract, build and run what the DuckDB file holds for the selection; print metrics."""
    cfg = build_config(config, **opts)
    _pipeline(("extract", "evaluate"), cfg, opts["progress"])
    _show_metrics(cfg.experiment.db, [1])


def _ks(value: str) -> list[int]:
    ks = _workers(value, "--k") or [1]
    if any(k < 1 for k in ks):
        raise click.BadParameter(f"{value!r}: k must be >= 1", param_hint="--k")
    return ks


@cli.command()
@click.option("--db", default="hpxeval.duckdb", show_default=True, type=click.Path(path_type=Path))
@click.option(
    "--k", "ks", default="1,5,10,20", show_default=True, help="Values of k, comma separated (those > n are left out)."
)
@click.option("--workers", type=int, help="Worker count for speedup@k/efficiency@k (default: the largest measured).")
@click.option("--by-problem", is_flag=True, help="One row per problem instead of per category.")
@click.option("--by-installation", is_flag=True, help="One row per installation of the version matrix, each alone.")
@click.option(
    "--metric",
    "names",
    multiple=True,
    help="Metric to show (repeatable; default: build, pass, strict_pass, speedup, efficiency; 'all' for every "
    "one; a metric plugin's name, e.g. pareval-legacy, for all of its metrics).",
)
@click.option("--validity", help="Merge installations for this query: any, all, or one installation (e.g. 1.10.0).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--strict", is_flag=True, help=f"Exit with {INCOMPLETE_EXIT} when any sample's work is incomplete.")
def metrics(
    db: Path,
    ks: str,
    workers: int | None,
    by_problem: bool,
    by_installation: bool,
    names: tuple[str, ...],
    validity: str | None,
    fmt: str,
    strict: bool,
) -> None:
    """Metrics per model × runtime × category from a DuckDB file (docs/metrics.md).

    With --validity 1.10.0 the metrics are those of one installation of the version matrix;
    --by-installation shows every installation alone. The same numbers are SQL views
    (category_metrics, strict_pass_at_k, …; docs/schema.md).
    """
    if not db.exists():
        raise StoreError(f"{db}: no such DuckDB file (run `hpxeval run` first or pass --db)")
    chosen = () if names == ("all",) else (names or HEADLINE)
    _show_metrics(str(db), _ks(ks), fmt, workers, by_problem, chosen, validity, by_installation, strict)


@cli.command()
@click.argument("query")
@click.option("--db", default="hpxeval.duckdb", show_default=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option(
    "--write", is_flag=True, help="Allow statements that change the store (it is opened read-only otherwise)."
)
def sql(query: str, db: Path, fmt: str, write: bool) -> None:
    """Run a SQL query on the DuckDB file (tables and views: docs/schema.md).

    The store is opened read-only: a DELETE or UPDATE is refused unless --write is given.
    """
    import duckdb

    if not db.exists():
        raise StoreError(f"{db}: no such DuckDB file")
    store = Store(db, read_only=not write)
    try:
        frame = store.frame(query)
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        if not write and "read-only" in first:
            raise StoreError(f"{db} is opened read-only; pass --write to change it ({first})") from None
        raise StoreError(f"query failed: {first} (tables and views: docs/schema.md)") from None
    finally:
        store.close()
    emit(frame, fmt)


@cli.command()
@click.option("--db", default="hpxeval.duckdb", show_default=True, type=click.Path(path_type=Path))
@click.option("--out", default="report", show_default=True, type=click.Path(path_type=Path), help="Folder to write.")
@click.option(
    "--problem", "-p", "problems", multiple=True, help="Problem of the time-against-workers figure (repeatable)."
)
@click.option("--validity", help="Merge installations: any, all, or one installation (e.g. 1.10.0).")
def report(db: Path, out: Path, problems: tuple[str, ...], validity: str | None) -> None:
    """Write the paper's figures (PNG) and an index.html with their tables into a folder.

    \b
    Figures: strict_pass@1 by category and model, efficiency@1 at the largest worker count,
    time against workers for selected problems, scaling curves, the construct census, and
    compile-error / run-failure classes. Open OUT/index.html in a browser.
    """
    from hpxeval.report import write_report

    store = _existing_store(db)
    try:
        known = {r[0] for r in store.db.execute("SELECT DISTINCT problem FROM completions").fetchall()}
        if unknown := [p for p in problems if p not in known]:
            raise ConfigError(f"--problem: {', '.join(unknown)} not in {db}; it holds {_listing(sorted(known))}")
        with store.validity(validity):
            index = write_report(store, out, problems)
    finally:
        store.close()
    images = sorted(p.name for p in out.glob("*.png"))
    err.print(f"wrote {index} and {len(images)} figures: {', '.join(images)}", highlight=False)


@cli.command("export")
@click.option("--db", default="hpxeval.duckdb", show_default=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@click.option("--out", default="export", show_default=True, type=click.Path(path_type=Path), help="Folder to write.")
@click.option("--validity", help="Merge installations: any, all, or one installation (e.g. 1.10.0).")
def export_cmd(db: Path, fmt: str, out: Path, validity: str | None) -> None:
    """Export the tables, analysis views and metrics (k = 1, 5, 10, 20) as Parquet or CSV files."""
    from hpxeval.export import export

    store = _existing_store(db)
    try:
        with store.validity(validity):
            paths = export(store, out, fmt)
    finally:
        store.close()
    err.print(f"wrote {len(paths)} {fmt} files to {out}", highlight=False)


def _existing_store(db: Path) -> Store:
    if not db.exists():
        raise StoreError(f"{db}: no such DuckDB file (run `hpxeval run` first or pass --db)")
    return Store(db)


@cli.command("plugins")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--available",
    is_flag=True,
    help="Also list known plugins (registry/plugins.toml) not installed: install command, status, description.",
)
def plugins_cmd(fmt: str, available: bool) -> None:
    """Installed plugins: name, kind, distribution, version."""
    plugins = plugin_manager.installed()
    rows = [
        {
            "name": r.name,
            "kind": r.kind,
            "distribution": r.distribution,
            "version": r.version,
            "installed": True,
            "install": "",
        }
        for r in plugins.all()
    ]
    if available:
        have = {(r["kind"], r["name"]) for r in rows}
        rows += [
            {
                "name": k.name,
                "kind": k.kind,
                "distribution": k.distribution,
                "version": "",
                "installed": False,
                "install": k.install,
                "status": k.status,
                "description": k.description,
            }
            for k in known_plugins()
            if (k.kind, k.name) not in have
        ]
    for failure in plugins.failures:
        rows.append(
            {
                "name": failure.plugin,
                "kind": "(failed)",
                "distribution": failure.distribution,
                "version": "",
                "installed": False,
                "install": failure.error,
            }
        )
    emit(pl.DataFrame(rows, infer_schema_length=None), fmt)


@cli.command()
@click.argument("config", required=False, type=click.Path(path_type=Path))
@click.option("--runtime", "-r", "runtimes", multiple=True, help="Only these runtimes.")
@click.option("--no-health", is_flag=True, help="Skip building and running the test program.")
def runtimes(config: Path | None, runtimes: tuple[str, ...], no_health: bool) -> None:
    """Each runtime's installations (version, path) and a health check.

    Exits with 1 when a runtime asked for (--runtime, or the experiment file's evaluation.runtimes)
    has no installation or a broken one; listing every runtime without asking exits 0.
    """
    plugins = plugin_manager.installed()
    cfg = load(config)
    asked = list(runtimes) or (cfg.evaluation.runtimes if config is not None else [])
    rows = []
    for name in runtimes or plugins.names("runtime"):
        rt = plugins.get("runtime", name) if name in plugins.names("runtime") else None
        if rt is None:
            raise ConfigError(f"--runtime: unknown runtime {name!r}; installed: {', '.join(plugins.names('runtime'))}")
        found = rt.installations(cfg.runtimes.get(name, {}))
        if not found:
            msg = rt.missing_message() if hasattr(rt, "missing_message") else "no installation found"
            rows.append(
                {"runtime": name, "installation": "-", "version": "-", "path": "-", "health": f"MISSING: {msg}"}
            )
        for inst in found:
            health = "not checked" if no_health else ("ok: " if (h := rt.health(inst)).ok else "BROKEN: ") + h.message
            rows.append(
                {
                    "runtime": name,
                    "installation": inst.name,
                    "version": inst.version,
                    "path": str(inst.prefix or "-"),
                    "health": health,
                }
            )
    emit(pl.DataFrame(rows), "table")
    failing = sorted(
        {r["runtime"] for r in rows if r["runtime"] in asked and r["health"].startswith(("MISSING", "BROKEN"))}
    )
    if failing:
        err.print(f"error: not usable: {', '.join(failing)} (see the health column)", highlight=False)
        raise SystemExit(1)


@cli.command()
@click.option("--category", "-c", "categories", multiple=True, help="Only these categories.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def problems(categories: tuple[str, ...], fmt: str) -> None:
    """The problems of the installed categories."""
    cfg = Config()
    cfg.evaluation.categories = list(categories)
    rows = [
        {
            "id": p.id,
            "category": p.category,
            "function": p.function,
            "signature": p.signature,
            "timed_size": p.timed_size,
            "validation_size": p.validation_size,
        }
        for p in select_problems(plugin_manager.installed(), cfg)
    ]
    emit(pl.DataFrame(rows, infer_schema_length=None), fmt)


@cli.command("cache")
@click.option("--clear", is_flag=True, help="Remove every cached build outcome and binary.")
def cache_cmd(clear: bool) -> None:
    """The persistent build cache ($HPXEVAL_CACHE/builds, default ~/.cache/hpxeval/builds).

    Identical code is compiled once per installation, shared by every DuckDB file; `--no-cache`
    on run/evaluate bypasses it for one command.
    """
    cache = BuildCache(cache_dir() / "builds")
    stats = cache.clear() if clear else cache.stats()
    verb = "removed" if clear else "holds"
    click.echo(f"{cache.root} {verb} {stats.entries} build outcomes, {stats.bytes / (1 << 20):.1f} MiB")


@cli.command()
@click.argument("problem")
@click.option("--runtime", "-r", default="serial", show_default=True, help="The runtime whose instruction is added.")
def prompt(problem: str, runtime: str) -> None:
    """Print the exact prompt text of a problem for a runtime."""
    plugins = plugin_manager.installed()
    installed = {p.id: p for p in select_problems(plugins, Config())}
    found = installed.get(problem)
    if found is None:
        near = difflib.get_close_matches(problem, list(installed), n=3, cutoff=0.5)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise ConfigError(f"unknown problem {problem!r}{hint}; `hpxeval problems` lists the {len(installed)} installed")
    try:
        rt = plugins.get("runtime", runtime)
    except LookupError as exc:
        raise ConfigError(f"--runtime: {exc}") from None
    click.echo(render(found, runtime, rt.instruction(found)).text, nl=False)


__all__ = ["cli", "main", "open_model"]
