"""The suite engine: categories are folders of problem folders (docs/problem-format.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from attrs import define
from hpxeval.records import DEFAULT_SIZES, Problem

REQUIRED = ("id", "category", "function", "signature", "timed_size", "validation_size")
ALLOWED = set(REQUIRED) | {"validation_trials", "rtol", "provided"}


class ProblemError(ValueError):
    """A problem folder that does not follow the format; names the file and the key."""


@define(frozen=True)
class Category:
    """A named collection of problems, registered by a category plugin."""

    name: str
    problems: tuple[Problem, ...]
    description: str = ""

    @classmethod
    def from_directory(cls, name: str, problems_dir: Path, description: str = "") -> Category:
        """Every problem folder under `problems_dir` whose problem.toml says this category."""
        found = [load_problem(d) for d in sorted(Path(problems_dir).iterdir()) if (d / "problem.toml").is_file()]
        return cls(name, tuple(p for p in found if p.category == name), description)


def categories_in(problems_dir: Path) -> list[str]:
    """The category names used by the problem folders of a directory, in id order."""
    names: list[str] = []
    for d in sorted(Path(problems_dir).iterdir()):
        if (d / "problem.toml").is_file():
            name = load_problem(d).category
            if name not in names:
                names.append(name)
    return names


def load_problem(directory: Path) -> Problem:
    """Read one problem folder; raise ProblemError naming the file and key on any mistake."""
    meta_path = directory / "problem.toml"
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProblemError(f"{meta_path}: {exc}") from exc
    missing = [k for k in REQUIRED if k not in meta]
    unknown = sorted(set(meta) - ALLOWED)
    if missing:
        raise ProblemError(f"{meta_path}: missing key(s) {', '.join(missing)}")
    if unknown:
        raise ProblemError(f"{meta_path}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(ALLOWED))}")
    if meta["id"] != directory.name:
        raise ProblemError(f"{meta_path}: id {meta['id']!r} differs from the folder name {directory.name!r}")
    for name in ("description.md", "driver.cpp", "baseline.hpp"):
        if not (directory / name).is_file():
            raise ProblemError(f"{directory}: missing {name}")
    sizes = _timed_sizes(meta["timed_size"], meta_path)
    return Problem(
        id=meta["id"],
        category=meta["category"],
        function=meta["function"],
        signature=meta["signature"].strip(),
        description=(directory / "description.md").read_text(encoding="utf-8").strip(),
        directory=directory,
        timed_size=sizes[DEFAULT_SIZES],
        validation_size=int(meta["validation_size"]),
        validation_trials=int(meta.get("validation_trials", 8)),
        rtol=meta.get("rtol"),
        provided=tuple(meta.get("provided", ())),
        sizes=tuple(sorted(sizes.items())),
    )


def _timed_sizes(value: object, meta_path: Path) -> dict[str, int]:
    """`timed_size`: one size for every profile, or a table of profiles that names the default one."""
    table = value if isinstance(value, dict) else {DEFAULT_SIZES: value}
    bad = [k for k, v in table.items() if isinstance(v, bool) or not isinstance(v, int) or v < 1]
    if bad:
        raise ProblemError(f"{meta_path}: timed_size: {', '.join(bad)} must be a positive integer")
    if DEFAULT_SIZES not in table:
        raise ProblemError(
            f"{meta_path}: timed_size: a table of size profiles must name {DEFAULT_SIZES!r}"
            f" (the default), e.g. timed_size = {{ {DEFAULT_SIZES} = 1_000_000, large = 100_000_000 }}"
        )
    return dict(table)
