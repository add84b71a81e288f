"""`hpxeval report`: the paper's figures as PNG files and an index.html showing them with tables.

Metric values come from the metric plugins (core/scoring.py), the same numbers as `hpxeval
metrics`; the analysis tables (times, constructs, failures) from the store's views.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path

import polars as pl
from attrs import define
from hpxeval import __version__, figures
from hpxeval import plugins as plugin_manager
from hpxeval.scoring import cell_text, installation_metrics_frame, metrics_frame
from hpxeval.store import Store
from jinja2 import Environment, PackageLoader, select_autoescape

HEADLINE = ("build@k", "pass@k", "strict_pass@k", "speedup@k", "efficiency@k")
SELECTED = 4  # problems in the time-against-workers figure unless chosen


@define(frozen=True)
class Section:
    """One part of the report: a figure (or none, with the reason) and the tables behind it."""

    title: str
    caption: str
    image: str | None
    tables: list[tuple[str, pl.DataFrame]]
    missing: str = ""


@define(frozen=True)
class ReportData:
    """Everything the report shows, read from the store once."""

    metrics: pl.DataFrame
    by_installation: pl.DataFrame
    scaling: pl.DataFrame
    times: pl.DataFrame
    census: pl.DataFrame
    build_failures: pl.DataFrame
    run_failures: pl.DataFrame
    overview: pl.DataFrame


def read_data(store: Store, problems: Sequence[str] = ()) -> ReportData:
    """The frames of the report: metrics at k = 1 (plugins) and the analysis views."""
    plugins = plugin_manager.installed()
    metrics = [plugins.get("metric", name) for name in HEADLINE]
    return ReportData(
        metrics=metrics_frame(store, metrics, [1]),
        by_installation=_matrix(store, metrics),
        scaling=store.frame(
            "SELECT model, runtime, category, workers, largest, problems, samples, speedup, efficiency"
            " FROM category_scaling WHERE k = 1 AND installation = (SELECT '(' || rule || ')' FROM validity_rule)"
            " ORDER BY ALL"
        ),
        times=_times(store, problems),
        census=store.frame("SELECT * FROM construct_census ORDER BY runtime, model, construct"),
        build_failures=store.frame(
            "SELECT model, runtime, installation, error_class, count(*) AS samples FROM build_failures"
            " GROUP BY ALL ORDER BY ALL"
        ),
        run_failures=store.frame(
            "SELECT model, runtime, installation, failure_class, count(*) AS samples FROM run_failures"
            " GROUP BY ALL ORDER BY ALL"
        ),
        overview=store.frame(
            "SELECT model, runtime, count(*) AS samples, count(*) FILTER (WHERE extraction <> 'ok') AS no_code,"
            " count(*) FILTER (WHERE built) AS built, count(*) FILTER (WHERE valid) AS valid,"
            " count(*) FILTER (WHERE valid AND strict) AS strict_valid FROM sample_verdicts GROUP BY ALL ORDER BY ALL"
        ),
    )


def _matrix(store: Store, metrics: list) -> pl.DataFrame:
    """Metrics of each installation alone, where some runtime has more than one (a version matrix)."""
    several = store.db.execute(
        "SELECT count(*) FROM (SELECT runtime FROM builds GROUP BY runtime HAVING count(DISTINCT installation) > 1)"
    ).fetchone()[0]
    return installation_metrics_frame(store, metrics, [1]) if several else pl.DataFrame()


def _times(store: Store, problems: Sequence[str]) -> pl.DataFrame:
    """problem_times of the chosen problems, else of those with the most valid samples."""
    if not problems:
        problems = [
            r[0]
            for r in store.db.execute(
                "SELECT problem FROM problem_times GROUP BY problem ORDER BY max(valid_samples) DESC, problem LIMIT ?",
                [SELECTED],
            ).fetchall()
        ]
    return store.frame(
        "SELECT * FROM problem_times WHERE problem IN (SELECT unnest(?)) ORDER BY ALL", [list(problems) or [""]]
    )


def sections(data: ReportData, out: Path) -> list[Section]:
    """Draw every figure into `out` and pair it with its tables."""
    return [build(data, out) for build in BUILDERS]


def _image(path: Path | None) -> str | None:
    return path.name if path is not None else None


def _pivot(frame: pl.DataFrame, column: str) -> pl.DataFrame:
    """Category rows × model columns of one metric (the numbers of a bar figure)."""
    if column not in frame.columns:
        return pl.DataFrame()
    return frame.pivot(on="model", index=["runtime", "category"], values=column).sort("runtime", "category")


def _strict_pass(data: ReportData, out: Path) -> Section:
    path = figures.category_bars(
        data.metrics,
        "strict_pass@1",
        "strict_pass@1 (probability)",
        "strict_pass@1 by category and model",
        out / "fig1_strict_pass.png",
    )
    return Section(
        "strict_pass@1 by category and model",
        "The probability that one sample is valid and really uses the runtime (the paper's Fig. 1).",
        _image(path),
        [("strict_pass@1", _pivot(data.metrics, "strict_pass@1"))],
        "no samples",
    )


def _efficiency(data: ReportData, out: Path) -> Section:
    path = figures.category_bars(
        data.metrics,
        "efficiency@1",
        "efficiency@1 (speedup ÷ workers)",
        "efficiency@1 at the largest measured worker count",
        out / "fig2_efficiency.png",
    )
    return Section(
        "efficiency@1 at the largest worker count",
        "Expected speedup of one sample over the serial baseline divided by the worker count; a sample "
        "that is not valid counts as 0 (the paper's Fig. 2). The dotted line is ideal scaling.",
        _image(path),
        [("efficiency@1", _pivot(data.metrics, "efficiency@1"))],
        "no samples",
    )


def _times_section(data: ReportData, out: Path) -> Section:
    path = figures.time_against_workers(data.times, out / "fig3_time_vs_workers.png")
    return Section(
        "Time against workers for selected problems",
        "Mean time of the valid samples of each problem at each worker count; the label at each point "
        "is the number of valid samples (the paper's Fig. 3). Choose problems with --problem.",
        _image(path),
        [("times", data.times)],
        "no valid samples with timed runs",
    )


def _scaling(data: ReportData, out: Path) -> Section:
    path = figures.scaling_curves(data.scaling, out / "fig4_scaling.png")
    return Section(
        "Scaling curves",
        "speedup@1 over all problems at every measured worker count; the dotted line is ideal speedup.",
        _image(path),
        [("speedup@1 and efficiency@1 per worker count", data.scaling.filter(pl.col("category") == figures.ALL))],
        "fewer than two worker counts measured",
    )


def _census(data: ReportData, out: Path) -> Section:
    path = figures.construct_census(data.census, out / "fig5_constructs.png")
    return Section(
        "HPX construct census",
        "Samples whose code uses each construct class of the runtime (found by its strict check, not in "
        "comments or strings), and how many of those are valid.",
        _image(path),
        [("constructs", data.census)],
        "no runtime constructs found in any sample",
    )


def _failures(data: ReportData, out: Path) -> Section:
    path = figures.failure_classes(data.build_failures, data.run_failures, out / "fig6_failures.png")
    return Section(
        "Compile-error and runtime failure classes",
        "Failed builds classified by their first compiler diagnostic (syntax, declaration/call, type, "
        "linker, timeout, other) and failed runs by status, per installation.",
        _image(path),
        [("build failures", data.build_failures), ("run failures", data.run_failures)],
        "no failed builds or runs",
    )


BUILDERS: tuple[Callable[[ReportData, Path], Section], ...] = (
    _strict_pass,
    _efficiency,
    _times_section,
    _scaling,
    _census,
    _failures,
)


def render_html(store: Store, data: ReportData, parts: list[Section]) -> str:
    """index.html from the package's Jinja2 template (autoescaped)."""
    env = Environment(loader=PackageLoader("hpxeval", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["cell"] = lambda value: cell_text(value, missing="–")
    rule = store.db.execute("SELECT rule FROM validity_rule").fetchone()[0]
    return env.get_template("report.html.j2").render(
        db=str(store.path),
        version=__version__,
        created=datetime.datetime.now().isoformat(timespec="seconds"),
        rule=rule,
        overview=data.overview,
        metrics=data.metrics,
        by_installation=data.by_installation,
        sections=parts,
    )


def write_report(store: Store, out: Path, problems: Sequence[str] = ()) -> Path:
    """Write the figures and index.html into `out` (created); return the path of index.html."""
    out.mkdir(parents=True, exist_ok=True)
    data = read_data(store, problems)
    parts = sections(data, out)
    index = out / "index.html"
    index.write_text(render_html(store, data, parts), encoding="utf-8")
    return index
