"""Extraction: from a model's raw text to the code of the requested function (and its helpers).

Handles code fences, prose around code, a regurgitated prompt (scaffold, comment, signature),
body-only continuations, extra functions and a `main()`. Text without a definition of the
requested function yields a "no_code" sample with the reason, never an exception.
"""

from __future__ import annotations

import re

from hpxeval.cxxsource import Item, declaration_start, items, mask
from hpxeval.records import Problem, Sample

_FENCE = re.compile(r"^[ \t]*```[^\n`]*\n(.*?)(?:^[ \t]*```[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_KEEP_OTHER = re.compile(
    r"^\s*(using\b|typedef\b|template\b|namespace\b|static\b|constexpr\b|const\b|extern\b|"
    r"[A-Za-z_][\w:<>,\s\*&]*\s[\*&]*[A-Za-z_]\w*\s*(\[[^\]]*\])?\s*(=[^;]*)?;\s*$|"
    r"[A-Za-z_][\w:<>,\s\*&]*\([^;{}]*\)\s*(const)?\s*;\s*$)",
    re.DOTALL,
)
DROPPED_FUNCTIONS = ("main",)


def extract(text: str, problem: Problem) -> Sample:
    """The sample for a completion: the requested function, helpers it may call, its includes."""
    if not text or not text.strip():
        return Sample(None, "no_code", "empty completion")
    for code in _candidates(text, problem):
        kept = _select(code, problem)
        if kept is not None:
            return Sample(kept, "ok")
    return Sample(None, "no_code", f"no definition of {problem.function}() found")


def _candidates(text: str, problem: Problem) -> list[str]:
    """Code regions to try, best first: fenced blocks naming the function, all fences, the text."""
    blocks = [m.group(1) for m in _FENCE.finditer(text)]
    named = [b for b in blocks if re.search(rf"\b{re.escape(problem.function)}\s*\(", b)]
    regions = named[-1:] + (["\n".join(blocks)] if blocks else []) + [text]
    found: list[str] = []
    for region in regions:
        body = region.lstrip()
        variants = [region]
        if body.startswith("{"):
            variants.insert(0, f"{problem.signature} {body}")
        elif not _defines(region, problem.function) and _is_body_continuation(region):
            variants.append(f"{problem.signature} {{\n{region}")
        found.extend(v for v in variants if v not in found)
    return found


def _is_body_continuation(region: str) -> bool:
    """Text that continues after the signature's `{`: statements, then one unmatched `}`."""
    m = mask(region)
    return ";" in m and m.count("}") - m.count("{") == 1


def _defines(code: str, function: str) -> bool:
    return any(it.kind == "function" and it.name == function for it in items(code))


def _select(code: str, problem: Problem) -> str | None:
    """Keep preprocessor lines, helpers, types and the last definition of the function."""
    parts = items(code)
    targets = [it for it in parts if it.kind == "function" and it.name == problem.function]
    if not targets:
        return None
    target = targets[-1]
    kept: list[str] = []
    for it in parts:
        text = _keep(code, it, problem, target)
        if text:
            kept.append(text)
    return "\n\n".join(kept).strip() + "\n"


def _keep(code: str, it: Item, problem: Problem, target: Item) -> str | None:
    if it.kind == "preprocessor":
        line = code[it.start : it.end].strip()
        return line if re.match(r"#\s*(include|define|undef|if|ifdef|ifndef|elif|else|endif|pragma)\b", line) else None
    if it.kind == "function":
        if it.name == problem.function and it is not target:
            return None
        if it.name in DROPPED_FUNCTIONS or it.name in problem.provided:
            return None
        return code[declaration_start(code, it) : it.end].strip()
    if it.kind == "type":
        return None if it.name in problem.provided else code[declaration_start(code, it) : it.end].strip()
    if it.kind == "namespace":
        return code[it.start : it.end].strip()
    chunk = code[it.start : it.end]
    masked = mask(chunk)
    offset = 0
    for line in masked.splitlines(keepends=True):  # prose may precede a declaration
        visible = masked[offset:].strip()
        if visible and _KEEP_OTHER.match(visible) and not _declares_provided(visible, problem):
            return chunk[offset:].strip()
        offset += len(line)
    return None


def _declares_provided(visible: str, problem: Problem) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\s*\(", visible) for name in problem.provided)
