"""The experiment file (TOML) read through cattrs, with command-line overrides and clear errors."""
# No `from __future__ import annotations`: cattrs needs the real types of the sections.

import math
import os
import re
import tomllib
from pathlib import Path
from typing import Any

import cattrs
from attrs import asdict, define, field, fields

MAX_TIMEOUT = 86400.0  # seconds per run: a day; larger values overflow the CPU-time limit derived from it
OPTIMISATION_LEVELS = ("-O0", "-O1", "-O2", "-O3", "-Os", "-Ofast")  # evaluation.optimisation


def physical_cores() -> int:
    """Physical cores among the CPUs this process may use (SMT siblings count once).

    Read from /sys topology; where that is missing, every usable CPU counts."""
    usable = sorted(os.sched_getaffinity(0))
    cores = set()
    for cpu in usable:
        topo = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology")
        try:
            package = (topo / "physical_package_id").read_text().strip()
            core = (topo / "core_id").read_text().strip()
        except OSError:
            return len(usable)
        cores.add((package, core))
    return len(cores) or len(usable)


def race_workers(configured: int | None) -> int:
    """The worker count of race checks: as configured, else twice the physical cores, at least 8."""
    return configured if configured is not None else max(8, 2 * physical_cores())


def default_workers() -> list[int]:
    """1, 2, 4, … up to the number of physical cores (that count included): SMT threads share a
    core's units, so timing at more workers than cores measures contention, not scaling."""
    cores = physical_cores()
    found, w = [], 1
    while w < cores:
        found.append(w)
        w *= 2
    return [*found, cores]


@define
class ExperimentSection:
    name: str = "default"
    db: str = "hpxeval.duckdb"


@define
class GenerationSection:
    model: str = "reference"
    samples: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None


@define
class EvaluationSection:
    runtimes: list[str] = field(factory=lambda: ["serial"])
    categories: list[str] = field(factory=list)
    problems: list[str] = field(factory=list)
    workers: list[int] = field(factory=default_workers)
    timeout: float = 60.0
    repetitions: int = 5
    sizes: str = "pareval"
    optimisation: str = "-O3"
    race_workers: int | None = None  # None: max(8, 2 × physical cores); 0: no race check
    validity: str = "any"
    build_jobs: int = 0
    cache: bool = True
    pin: list[int] = field(factory=list)


@define
class SandboxSection:
    mode: str = "auto"
    memory_mb: int = 8192
    file_size_mb: int = 1024
    processes: int = 4096
    open_files: int = 4096
    output_cap_mb: int = 1
    tmpfs_mb: int = 256


@define
class Config:
    experiment: ExperimentSection = field(factory=ExperimentSection)
    generation: GenerationSection = field(factory=GenerationSection)
    evaluation: EvaluationSection = field(factory=EvaluationSection)
    sandbox: SandboxSection = field(factory=SandboxSection)
    runtimes: dict[str, dict[str, Any]] = field(factory=dict)
    models: dict[str, dict[str, Any]] = field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class ConfigError(ValueError):
    """A configuration mistake; the message names the file, the key and what is allowed."""


_converter = cattrs.Converter(forbid_extra_keys=True)


def _strict(kind: type, accepted: tuple[type, ...], example: str):
    """A structure hook that takes only values of `accepted` types (TOML's own), never coerces:
    cattrs alone reads cache = "no" as true and repetitions = 1.5 as 1."""

    def structure(value: Any, _: type) -> Any:
        if isinstance(value, bool) != (kind is bool) or not isinstance(value, accepted):
            raise ValueError(f"expected {example}, got {value!r}")
        return kind(value)

    return structure


_converter.register_structure_hook(bool, _strict(bool, (bool,), "true or false"))
_converter.register_structure_hook(int, _strict(int, (int,), "a whole number, e.g. 3"))
_converter.register_structure_hook(float, _strict(float, (int, float), "a number, e.g. 30 or 2.5"))


def read_file(path: Path) -> dict[str, Any]:
    """The raw TOML table of an experiment file."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such experiment file") from None
    except IsADirectoryError:
        raise ConfigError(
            f"{path}: is a directory, not an experiment file (TOML), e.g. examples/quickstart.toml"
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}); an experiment file is TOML in UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def parse_value(text: str) -> Any:
    """A command-line value as TOML (`3`, `[1, 2]`, `true`, `"x"`), else the plain string."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def override(raw: dict[str, Any], dotted: str, value: Any) -> None:
    """Set `section.key` (any depth) in the raw table, creating tables on the way."""
    *parents, last = dotted.split(".")
    if not all(part.strip() for part in [*parents, last]):
        raise ConfigError(f"--set {dotted}: a key has an empty part; write section.key, e.g. evaluation.timeout=30")
    node = raw
    for part in parents:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise ConfigError(f"--set {dotted}: {part!r} is not a table")
        node = child
    node[last] = value


def structure(raw: dict[str, Any], source: str) -> Config:
    """The Config for a raw table, or a ConfigError listing every bad key with its path."""
    _check_lists(raw, source)
    try:
        config = _converter.structure(raw, Config)
    except cattrs.BaseValidationError as exc:
        lines = [_explain(m, source) for m in cattrs.transform_error(exc, path="", format_exception=_format)]
        raise ConfigError("\n".join(lines)) from None
    _check(config, source)
    return config


def _format(exc: BaseException, type_: Any) -> str:
    """cattrs' wording, except for the strict hooks' own message (which names the value)."""
    if isinstance(exc, ValueError) and str(exc).startswith("expected "):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def _check_lists(raw: dict[str, Any], source: str) -> None:
    """A string where a list belongs would be read as a list of its characters: say so instead."""
    for section in fields(Config):
        table = raw.get(section.name)
        if not isinstance(table, dict) or not hasattr(section.type, "__attrs_attrs__"):
            continue
        for f in fields(section.type):
            value = table.get(f.name)
            if isinstance(value, str) and getattr(f.type, "__origin__", None) is list:
                example = "[1, 2, 4]" if f.type.__args__[0] is int else f'["{value}"]'
                raise ConfigError(f"{source}: {section.name}.{f.name}: expected a list, e.g. {example}; got {value!r}")


def _explain(message: str, source: str) -> str:
    text, _, where = message.partition(" @ ")
    key = where.replace("$.", "").lstrip(".") or "(top level)"
    if re.search(r"expected \w+Section$", text):
        text = f"expected a table of settings ([{key}] in the file), not a single value"
    if text.startswith("extra fields found"):
        text = text.replace("extra fields found", "unknown key(s)")
        text += f"; allowed: {_allowed(key)}"
    return f"{source}: {key}: {text}"


def _allowed(key: str) -> str:
    cls: Any = Config
    for part in [p for p in key.split(".") if p and p != "(top level)"]:
        attr = getattr(cls.__attrs_attrs__, part, None) if hasattr(cls, "__attrs_attrs__") else None
        if attr is None or not hasattr(attr.type, "__attrs_attrs__"):
            break
        cls = attr.type
    return ", ".join(a.name for a in cls.__attrs_attrs__) if hasattr(cls, "__attrs_attrs__") else "see docs/config.md"


def _check(c: Config, source: str) -> None:
    ev, gen = c.evaluation, c.generation
    problems = []
    if not ev.workers or any(w < 1 for w in ev.workers):
        problems.append(f"evaluation.workers: {ev.workers} — give positive worker counts, e.g. [1, 2, 4]")
    if not 0 < ev.timeout <= MAX_TIMEOUT:
        problems.append(f"evaluation.timeout: {ev.timeout} — must be more than 0 and at most {MAX_TIMEOUT:.0f} seconds")
    for name in ("temperature", "top_p"):
        value = getattr(gen, name)
        if value is not None and not math.isfinite(value):
            problems.append(f"generation.{name}: {value} — must be a finite number")
    for name in ("memory_mb", "file_size_mb", "processes", "open_files", "output_cap_mb", "tmpfs_mb"):
        if getattr(c.sandbox, name) < 1:
            problems.append(f"sandbox.{name}: {getattr(c.sandbox, name)} — must be >= 1")
    if c.sandbox.memory_mb <= 2 * c.sandbox.tmpfs_mb:
        problems.append(
            f"sandbox.memory_mb: {c.sandbox.memory_mb} — must exceed twice sandbox.tmpfs_mb ({c.sandbox.tmpfs_mb}):"
            " the private /tmp and /dev/shm count in the memory limit"
        )
    if ev.race_workers is not None and ev.race_workers < 0:
        problems.append(f"evaluation.race_workers: {ev.race_workers} — must be >= 0 (0: no race check)")
    if ev.build_jobs < 0:
        problems.append(f"evaluation.build_jobs: {ev.build_jobs} — must be >= 0 (0: one per core)")
    if ev.repetitions < 0:
        problems.append(f"evaluation.repetitions: {ev.repetitions} — must be >= 0")
    if gen.samples is not None and gen.samples < 1:
        problems.append(f"generation.samples: {gen.samples} — must be >= 1")
    if ev.optimisation not in OPTIMISATION_LEVELS:
        problems.append(f"evaluation.optimisation: {ev.optimisation!r} — allowed: {', '.join(OPTIMISATION_LEVELS)}")
    if not ev.sizes.strip():
        problems.append('evaluation.sizes: empty — name a size profile, e.g. "pareval" or "large"')
    if c.sandbox.mode not in ("auto", "bwrap", "none"):
        problems.append(f"sandbox.mode: {c.sandbox.mode!r} — allowed: auto, bwrap, none")
    usable = sorted(os.sched_getaffinity(0))
    if any(core not in usable for core in ev.pin):
        problems.append(f"evaluation.pin: {ev.pin} — cores this process may use: {usable}")
    if not ev.runtimes:
        problems.append("evaluation.runtimes: empty — name at least one runtime")
    if problems:
        raise ConfigError("\n".join(f"{source}: {p}" for p in problems))
    ev.workers = sorted(set(ev.workers))


def load(path: Path | None, overrides: list[tuple[str, Any]] = ()) -> Config:
    """Read an experiment file (or the defaults) and apply (dotted key, value) overrides."""
    raw = read_file(path) if path is not None else {}
    for dotted, value in overrides:
        override(raw, dotted, value)
    source = str(path) if path is not None else "(command line)"
    return structure(raw, source)
