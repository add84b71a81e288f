"""Prompt rendering: scaffold, description with the runtime's instruction, then the signature."""

from __future__ import annotations

from hpxeval.records import Problem, Prompt


def render(problem: Problem, runtime: str, instruction: str) -> Prompt:
    """The exact, deterministic prompt for a problem and runtime, ParEval-style.

    The model continues after the opening brace of the signature; the instruction sentence is
    placed after the first paragraph of the description, before the example.
    """
    first, _, rest = problem.description.partition("\n\n")
    body = first.strip()
    if instruction:
        body += "\n" + instruction.strip()
    if rest.strip():
        body += "\n\n" + rest.strip()
    comment = "/* " + "\n   ".join(body.splitlines()).replace("   \n", "\n") + "\n*/"
    parts = []
    scaffold = problem.scaffold(runtime)
    if scaffold is not None:
        parts.append(scaffold.read_text(encoding="utf-8").strip().replace("#pragma once\n", "").strip())
    parts.append(comment)
    parts.append(problem.signature + " {")
    text = "\n\n".join(parts[:-1]) + "\n" + parts[-1] + "\n"
    return Prompt(problem=problem.id, category=problem.category, runtime=runtime, text=text)
