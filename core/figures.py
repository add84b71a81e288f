"""The report's figures (matplotlib, Agg canvas, no pyplot state): readable in black-and-white print.

Bars are told apart by grey level and hatching, lines by marker and line style; every axis
names its unit. Each function writes one PNG and returns its path, or None without data.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

ALL = "(all)"
DPI = 150
GREYS = ("0.15", "0.55", "0.85", "white", "0.35", "0.7")
HATCHES = ("", "///", "...", "xxx", "\\\\\\", "++", "--", "oo")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
LINES = ("-", "--", ":", "-.")
BUILD_CLASSES = ("syntax", "declaration/call", "type", "linker", "timeout", "other")
RUN_CLASSES = ("wrong result", "timeout", "crash", "error exit", "out of memory", "no result", "not run")


def bar_style(i: int) -> dict:
    """Grey fill and hatch of the i-th bar series, distinct in greyscale."""
    return {
        "facecolor": GREYS[i % len(GREYS)],
        "hatch": HATCHES[i % len(HATCHES)],
        "edgecolor": "black",
        "linewidth": 0.6,
    }


def line_style(i: int) -> dict:
    """Marker and dash pattern of the i-th line series, distinct in greyscale."""
    return {
        "color": "black" if i % 2 == 0 else "0.45",
        "marker": MARKERS[i % len(MARKERS)],
        "linestyle": LINES[i % len(LINES)],
        "markerfacecolor": "white" if (i // 2) % 2 else None,
        "markersize": 5,
        "linewidth": 1.2,
    }


def _save(fig: Figure, path: Path) -> Path:
    fig.savefig(path, dpi=DPI, facecolor="white")
    return path


def category_bars(frame: pl.DataFrame, column: str, ylabel: str, title: str, path: Path) -> Path | None:
    """Bars per category (x) and model (hatched series), one panel per runtime (Fig. 1 and 2)."""
    if column not in frame.columns:
        return None
    data = frame.filter(pl.col("category") != ALL, pl.col(column).is_not_null())
    if data.is_empty():
        return None
    runtimes, models = sorted(data["runtime"].unique()), sorted(data["model"].unique())
    categories = sorted(data["category"].unique())
    width = 0.8 / len(models)
    fig = Figure(figsize=(max(6.5, 1.6 + len(categories) * (0.35 + 0.22 * len(models))), 0.6 + 2.9 * len(runtimes)))
    fig.set_layout_engine("constrained")
    axes = fig.subplots(len(runtimes), 1, squeeze=False)[:, 0]
    top = max(1.0, float(data[column].max())) * 1.12
    for ax, runtime in zip(axes, runtimes, strict=True):
        rows = data.filter(runtime=runtime)
        for i, model in enumerate(models):
            values = dict(zip(*rows.filter(model=model).select("category", column), strict=True))
            xs = [x + (i - (len(models) - 1) / 2) * width for x in range(len(categories))]
            heights = [values.get(c, float("nan")) for c in categories]
            bars = ax.bar(xs, heights, width, label=model, **bar_style(i))
            if len(categories) * len(models) <= 60:
                ax.bar_label(bars, fmt="%.2f", fontsize=6, padding=1)
        workers = rows["workers"].max() if "workers" in rows.columns else None
        ax.set_title(f"{runtime}" + (f" ({workers} workers)" if workers and "efficiency" in column else ""))
        ax.set_xticks(range(len(categories)), categories, rotation=30, ha="right")
        ax.set_ylim(0, top)
        ax.set_ylabel(ylabel)
        ax.axhline(1.0, color="0.3", linewidth=0.8, linestyle=":")
        ax.grid(axis="y", color="0.85", linewidth=0.5)
        ax.set_axisbelow(True)
    axes[-1].set_xlabel("problem category")
    fig.suptitle(title)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, title="model", fontsize="small", ncols=min(4, len(models)), loc="outside lower center")
    return _save(fig, path)


def time_against_workers(times: pl.DataFrame, path: Path) -> Path | None:
    """Mean time of the valid samples per worker count for selected problems, each point
    annotated with how many samples passed (Fig. 3); the serial baseline as a dashed line."""
    if times.is_empty():
        return None
    problems = sorted(times["problem"].unique())
    columns = min(2, len(problems))
    rows = (len(problems) + columns - 1) // columns
    fig = Figure(figsize=(5.2 * columns, 3.6 * rows))
    fig.set_layout_engine("constrained")
    axes = fig.subplots(rows, columns, squeeze=False).ravel()
    series = times.select("model", "runtime").unique().sort("model", "runtime").rows()
    for ax, problem in zip(axes, problems, strict=False):
        _problem_times(ax, times.filter(problem=problem), series)
        ax.set_title(problem, fontsize="medium")
    for ax in axes[len(problems) :]:
        ax.set_visible(False)
    fig.suptitle("Time against workers (mean over valid samples; labels: valid samples)")
    return _save(fig, path)


def _problem_times(ax: Axes, data: pl.DataFrame, series: list[tuple]) -> None:
    for i, (model, runtime) in enumerate(series):
        line = data.filter(model=model, runtime=runtime).sort("workers")
        if line.is_empty():
            continue
        xs, ys, counts = line["workers"].to_list(), line["mean_seconds"].to_list(), line["valid_samples"].to_list()
        ax.plot(xs, ys, label=f"{model} · {runtime}", **line_style(i))
        for x, y, count in zip(xs, ys, counts, strict=True):
            ax.annotate(str(count), (x, y), textcoords="offset points", xytext=(4, 4), fontsize="x-small")
    baseline = float(data["baseline_seconds"].mean())
    ax.axhline(baseline, color="0.75", linestyle="-", linewidth=2.5, zorder=0, label="serial baseline")
    workers = sorted(data["workers"].unique())
    ax.set_xscale("log", base=2)
    ax.set_xticks(workers, [str(w) for w in workers])
    ax.set_xlabel("workers")
    ax.set_ylabel("time (s)")
    ax.set_ylim(bottom=0)
    ax.grid(color="0.88", linewidth=0.5)
    ax.legend(fontsize="x-small")


def scaling_curves(scaling: pl.DataFrame, path: Path) -> Path | None:
    """speedup@1 over all problems against workers, one line per model, a panel per runtime."""
    data = scaling.filter(category=ALL) if not scaling.is_empty() else scaling
    if data.is_empty() or data["workers"].n_unique() < 2:
        return None
    runtimes = sorted(data["runtime"].unique())
    fig = Figure(figsize=(4.6 * len(runtimes), 3.6))
    fig.set_layout_engine("constrained")
    axes = fig.subplots(1, len(runtimes), squeeze=False)[0]
    for ax, runtime in zip(axes, runtimes, strict=True):
        rows = data.filter(runtime=runtime)
        for i, model in enumerate(sorted(rows["model"].unique())):
            line = rows.filter(model=model).sort("workers")
            ax.plot(line["workers"], line["speedup"], label=model, **line_style(i))
        workers = sorted(rows["workers"].unique())
        ax.plot(workers, workers, color="0.6", linestyle=":", linewidth=1, label="ideal")
        ax.set_xscale("log", base=2)
        ax.set_xticks(workers, [str(w) for w in workers])
        ax.set_title(runtime)
        ax.set_xlabel("workers")
        ax.set_ylabel("speedup@1 over serial baseline (×)")
        ax.grid(color="0.88", linewidth=0.5)
        ax.legend(fontsize="x-small")
    fig.suptitle("Scaling: speedup@1 over all problems against workers")
    return _save(fig, path)


def construct_census(census: pl.DataFrame, path: Path) -> Path | None:
    """How many samples of each model use each runtime construct class, a panel per runtime."""
    if census.is_empty():
        return None
    runtimes = sorted(census["runtime"].unique(), key=lambda r: (r != "hpx", r))
    models = sorted(census["model"].unique())
    height = max(census.group_by("runtime").agg(pl.col("construct").n_unique())["construct"])
    fig = Figure(figsize=(max(7.5, 5.0 * len(runtimes)), 1.6 + height * (0.22 + 0.16 * len(models))))
    fig.set_layout_engine("constrained")
    axes = fig.subplots(1, len(runtimes), squeeze=False)[0]
    for ax, runtime in zip(axes, runtimes, strict=True):
        _census_panel(ax, census.filter(runtime=runtime), models)
        ax.set_title(f"{runtime} constructs")
    fig.suptitle("Construct census: samples using each construct class (strict check)")
    handles = [Patch(label=model, **bar_style(i)) for i, model in enumerate(models)]
    fig.legend(handles=handles, title="model", fontsize="small", ncols=min(4, len(models)), loc="outside lower center")
    return _save(fig, path)


def _census_panel(ax: Axes, data: pl.DataFrame, models: Sequence[str]) -> None:
    present = [(i, m) for i, m in enumerate(models) if m in set(data["model"])]
    order = data.group_by("construct").agg(pl.col("samples").sum()).sort("samples", "construct")["construct"]
    height = 0.8 / len(present)
    for slot, (i, model) in enumerate(present):
        counts = dict(zip(*data.filter(model=model).select("construct", "samples"), strict=True))
        ys = [y + (slot - (len(present) - 1) / 2) * height for y in range(len(order))]
        ax.barh(ys, [counts.get(c, 0) for c in order], height, **bar_style(i))
    ax.set_yticks(range(len(order)), list(order))
    ax.set_xlabel("samples using the construct (count)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color="0.88", linewidth=0.5)
    ax.set_axisbelow(True)


def failure_classes(builds: pl.DataFrame, runs: pl.DataFrame, path: Path) -> Path | None:
    """Stacked bars of failed samples per model · runtime · installation: compile-error classes
    (left) and run failure classes (right)."""
    if builds.is_empty() and runs.is_empty():
        return None
    groups = sorted(
        set(builds.select("model", "runtime", "installation").rows())
        | set(runs.select("model", "runtime", "installation").rows())
    )
    fig = Figure(figsize=(11.0, 1.6 + 0.42 * len(groups)))
    fig.set_layout_engine("constrained")
    left, right = fig.subplots(1, 2, sharey=True)
    _stacked(left, builds, "error_class", BUILD_CLASSES, groups)
    left.set_title("build failures by compiler-error class")
    _stacked(right, runs, "failure_class", RUN_CLASSES, groups)
    right.set_title("run failures by class")
    left.set_yticks(range(len(groups)), [" · ".join(g) for g in groups])
    left.invert_yaxis()
    fig.suptitle("Why samples failed (one count per sample and installation)")
    return _save(fig, path)


def _stacked(ax: Axes, data: pl.DataFrame, column: str, classes: Sequence[str], groups: list[tuple]) -> None:
    counts = {
        (*key[:3], key[3]): n for *key, n in data.select("model", "runtime", "installation", column, "samples").rows()
    }
    present = [c for c in classes if any(k[3] == c for k in counts)] + sorted({k[3] for k in counts} - set(classes))
    left = [0] * len(groups)
    for i, cls in enumerate(present):
        widths = [counts.get((*g, cls), 0) for g in groups]
        ax.barh(range(len(groups)), widths, 0.7, left=left, label=cls, **bar_style(i))
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_xlabel("failed samples (count)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", color="0.88", linewidth=0.5)
    ax.set_axisbelow(True)
    if present:
        ax.legend(
            fontsize="small",
            loc="upper center",
            bbox_to_anchor=(0.5, -0.14 - 0.4 / (1 + len(groups))),
            ncols=min(4, len(present)),
            frameon=False,
        )
