"""Extraction: from a model's raw text to the code of the requested function (and its helpers).

Handles code fences, prose around code, `<think>` reasoning blocks, a regurgitated prompt
(scaffold, comment, signature), body-only continuations (with or without the closing brace),
helper overloads of the requested name, extra functions and a `main()`. Text without a
definition of the requested function yields a "no_code" sample with the reason, never an
exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from hpxeval.cxxsource import Item, declaration_start, items, mask, param_group, top_level_brace
from hpxeval.records import Problem, Sample

_FENCE = re.compile(r"^[ \t]*```[^\n`]*\n(.*?)(?:^[ \t]*```[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_THINK_OPEN = re.compile(r"^[ \t]*<think(?:ing)?>", re.MULTILINE | re.IGNORECASE)
_THINK_CLOSE = re.compile(r"</think(?:ing)?>", re.IGNORECASE)
_QUALIFIERS = r"(?:(?:const|constexpr|static|inline|extern|volatile|unsigned|signed|long|short|thread_local)\s+)*"
_TYPE = r"[A-Za-z_][\w:]*(?:\s*<[^;]*>)?(?:\s+(?:const|long|int|double|char))*[\s\*&]+"
_DECLARATOR = r"[A-Za-z_]\w*\s*(?:\[[^\]]*\])?\s*(?:=[^;]*|\{[^;]*\})?"
_KEEP_OTHER = re.compile(
    r"\s*(?:using\s+namespace\s+[\w:]+\s*;|using\s+\w+\s*=[^;]*;|using\s+[\w:]*::\w+\s*;|"
    r"(?:typedef|template|static|static_assert|constexpr|extern)\b.*;|namespace\s+\w+\s*=\s*[\w:]+\s*;|"
    rf"{_QUALIFIERS}{_TYPE}{_DECLARATOR}(?:\s*,\s*[\*&]*{_DECLARATOR})*\s*;|"
    rf"{_QUALIFIERS}{_TYPE}[A-Za-z_]\w*\s*\([^;{{}}]*\)\s*(?:const\s*)?(?:noexcept\s*)?;)\s*$",
    re.DOTALL,
)
# The first line of a body-only answer without its opening brace: a statement, not prose.
_STATEMENT_START = re.compile(
    r"\s*(?:return\b|for\s*\(|if\s*\(|while\s*\(|do\b|switch\s*\(|auto\b|const\b|#\s*pragma\b|(?:std|hpx)::|"
    rf"{_QUALIFIERS}{_TYPE}[A-Za-z_]\w*\s*[=;({{\[]|"
    r"[A-Za-z_][\w:]*\s*(?:\(|\[|\.|->|[-+*/^|&]?=|\+\+|--))"
)
_CODE_LINE_END = frozenset(";{}()[],&|+-*/%<>=?:!^~")
_CODE_LINE_END_WORDS = frozenset({"else", "do", "try", "const", "return"})
_CPP_TYPE_WORDS = frozenset(
    {"void", "bool", "char", "int", "short", "long", "float", "double", "signed", "unsigned", "auto", "const"}
    | {"volatile", "wchar_t", "char8_t", "char16_t", "char32_t", "size_t", "struct", "class", "enum", "typename"}
)
DROPPED_FUNCTIONS = ("main",)
MAX_ANSWER = 256 * 1024  # characters after any reasoning block; real answers are far smaller, and the
# scan of an answer grows faster than its length (about 0.5 s at 128 KiB, 2 s at 256 KiB here)


def extract(text: str, problem: Problem) -> Sample:
    """The sample for a completion: the requested function, helpers it may call, its includes."""
    if not text or not text.strip():
        return Sample(None, "no_code", "empty completion")
    answer, reason = _final_answer(text.replace("\r\n", "\n"))
    if answer is None:
        return Sample(None, "no_code", reason)
    if len(answer) > MAX_ANSWER:
        return Sample(
            None,
            "no_code",
            f"the answer is {len(answer) // 1024} KiB, over the {MAX_ANSWER // 1024} KiB extraction limit",
        )
    for code in _candidates(answer, problem):
        kept = _select(code, problem)
        if kept is not None:
            return Sample(kept, "ok")
    return Sample(None, "no_code", _no_code_reason(answer, problem))


def _final_answer(text: str) -> tuple[str | None, str]:
    """The text after the last `</think>`; None with a reason when the answer is missing."""
    closes = list(_THINK_CLOSE.finditer(text))
    if closes:
        answer = text[closes[-1].end() :]
        return (answer, "") if answer.strip() else (None, "empty answer after the </think> reasoning block")
    if _THINK_OPEN.search(text):
        return None, "the completion ends inside a <think> reasoning block (no answer after it)"
    return text, ""


def _candidates(text: str, problem: Problem) -> list[str]:
    """Code regions to try, best first: the last fence defining the function, all fences, the text."""
    blocks = [m.group(1) for m in _FENCE.finditer(text)]
    defining = [b for b in blocks if _defines(b, problem.function)]
    regions = defining[-1:] + (["\n".join(blocks)] if blocks else []) + [text]
    found: list[str] = []
    for region in map(_without_fence_lines, regions):
        variants = [region]
        if not _defines(region, problem.function):
            body = _as_body(region, problem.function)
            if body is not None:
                variants.insert(0 if region.lstrip().startswith("{") else 1, f"{problem.signature} {body}")
        found.extend(v for v in variants if v not in found)
    return found


def _without_fence_lines(region: str) -> str:
    """The region with lines that start with ``` emptied: markdown, never C++."""
    return _FENCE_LINE.sub("", region)


_FENCE_LINE = re.compile(r"^[ \t]*```.*$", re.MULTILINE)


def _as_body(region: str, function: str) -> str | None:
    """The region as a function body `{ … }` when it continues after the signature, else None.

    Accepted: text starting with `{`; statements ending in one unmatched `}` (ParEval-style
    continuations); statements without the closing brace. Missing closing braces are added
    when the text ends after a complete statement (a truncated answer stays truncated).
    """
    m = mask(region)
    stripped = m.strip()
    if not stripped:
        return None
    if stripped.startswith("{"):
        inner, missing = region.strip(), m.count("{") - m.count("}")
    else:
        missing = m.count("{") + 1 - m.count("}")
        if missing < 0 or ";" not in m or _declares(m, function) or _has_definitions(region):
            return None
        if missing > 0 and not _looks_like_statements(m):
            return None
        inner = "{\n" + region.rstrip()
    if missing > 0 and stripped[-1] in ";}":
        inner += "\n}" * missing
    return inner


def _has_definitions(region: str) -> bool:
    return any(it.kind in ("function", "type", "namespace") for it in items(region))


def _looks_like_statements(m: str) -> bool:
    """Masked text whose first line is a statement and whose lines end like code, not prose."""
    if not _STATEMENT_START.match(m):
        return False
    lines = [line.strip() for line in m.split("\n") if line.strip()]
    code_like = sum(_ends_like_code(line) for line in lines)
    return code_like * 5 >= len(lines) * 4


def _ends_like_code(line: str) -> bool:
    """A stripped, masked line ending in punctuation or a keyword that continues code."""
    return line[-1] in _CODE_LINE_END or line[0] == "#" or line.rsplit(None, 1)[-1] in _CODE_LINE_END_WORDS


def _declares(m: str, function: str) -> bool:
    """A declaration (not a call) of the function in masked text: typed parameters after a type."""
    pattern = rf"([A-Za-z_]\w*|[>&*])\s*\b{re.escape(function)}\s*\(([^;{{}}]*)\)\s*(?:const\s*)?;"
    return any(
        d.group(1) not in _NOT_TYPES and all(_DECLARED_PARAM.match(p) for p in _split_top_level(d.group(2)))
        for d in re.finditer(pattern, m)
    )


_DECLARED_PARAM = re.compile(r"\s*(?:void\s*|(?:[\w:]+(?:\s*<[^()]*>)?[\s\*&]+)+\w+\s*(?:=[^,]*)?)?$")
_NOT_TYPES = frozenset({"return", "else", "do", "co_return", "co_await", "throw"})


def _defines(code: str, function: str) -> bool:
    return any(it.kind == "function" and it.name == function for it in items(code))


def _select(code: str, problem: Problem) -> str | None:
    """Keep preprocessor lines, helpers, types and the last definition of the function.

    The function is the last definition whose parameter types are the signature's (else the
    last with as many parameters, else the last); definitions of the same name with other
    parameters are helper overloads and stay, earlier ones with the same parameters go.
    """
    parts = items(code)
    defs = [it for it in parts if it.kind == "function" and it.name == problem.function]
    if not defs:
        return None
    wanted = parameters(problem.signature)
    keys = {it: parameters(code[it.start : it.end]) for it in defs}
    exact = [it for it in defs if keys[it] == wanted]
    same_arity = [it for it in defs if wanted is not None and keys[it] is not None and len(keys[it]) == len(wanted)]
    target = (exact or same_arity or defs)[-1]
    dropped = {it for it in defs if it is not target and keys[it] == keys[target]}
    out, previous = "", ""
    for it in parts:
        text = None if it in dropped else _keep(code, it, problem)
        if text:
            out += ("\n" if previous == it.kind == "preprocessor" else "\n\n") + text
            previous = it.kind
    return out.strip() + "\n"


def parameters(head: str) -> tuple[tuple[str, ...], ...] | None:
    """The parameter types of a function head or definition, normalised for comparison.

    Names, default arguments, a leading `std::` and the order of words inside one type
    (`const T&` is `T const&`) are ignored; None when there is no parameter list.
    """
    m = mask(head)
    brace = top_level_brace(m)
    group = param_group(m if brace < 0 else m[:brace])
    if group is None:
        return None
    inner = m[group[0] + 1 : group[1]]
    params = [p for p in _split_top_level(inner) if p.strip()]
    if [p.strip() for p in params] == ["void"]:
        return ()
    return tuple(_type_key(p) for p in params)


def _top_level(text: str, char: str) -> Iterator[int]:
    """Positions of `char` outside any (), <>, [] or {} nesting."""
    depth = 0
    for k, c in enumerate(text):
        if c in "(<[{":
            depth += 1
        elif c in ")>]}":
            depth = max(0, depth - 1)
        elif c == char and depth == 0:
            yield k


def _split_top_level(text: str) -> list[str]:
    cuts = [-1, *_top_level(text, ","), len(text)]
    return [text[a + 1 : b] for a, b in pairwise(cuts)]


_TOKEN = re.compile(r"(?:::\s*)?[A-Za-z_]\w*(?:\s*::\s*[A-Za-z_]\w*)*|&&|[&*<>\[\],]|\d+")


def _type_key(param: str) -> tuple[str, ...]:
    decl = _split_default(param)
    tokens = [re.sub(r"\s+", "", t).removeprefix("::").removeprefix("std::") for t in _TOKEN.findall(decl)]
    words = [k for k, t in enumerate(tokens) if t[0].isalpha() or t[0] == "_"]
    named = len(words) >= 2 and tokens[words[-1]] not in _CPP_TYPE_WORDS
    if named and all(t in "[]" or t.isdigit() for t in tokens[words[-1] + 1 :]):
        del tokens[words[-1]]  # the parameter's name
    return tuple(sorted(tokens))


def _split_default(param: str) -> str:
    return param[: next(_top_level(param, "="), len(param))]


def _keep(code: str, it: Item, problem: Problem) -> str | None:
    if it.kind == "preprocessor":
        line = code[it.start : it.end].strip()
        return line if re.match(r"#\s*(include|define|undef|if|ifdef|ifndef|elif|else|endif|pragma)\b", line) else None
    if it.kind == "function":
        if it.name in DROPPED_FUNCTIONS or it.name in problem.provided:
            return None
        return code[declaration_start(code, it) : it.end].strip()
    if it.kind == "type":
        return None if it.name in problem.provided else code[declaration_start(code, it) : it.end].strip()
    if it.kind == "namespace":
        return code[it.start : it.end].strip()
    chunk = code[it.start : it.end]
    masked = mask(chunk)
    if not masked.rstrip().endswith(";"):
        return None  # prose, or a declaration cut off at the end of the text
    for line in re.finditer(r"^", masked, re.MULTILINE):  # prose may precede a declaration
        offset = line.start()
        if _KEEP_OTHER.match(masked, offset) and not _declares_provided(masked[offset:], problem):
            return chunk[offset:].strip()
    return None


def _declares_provided(visible: str, problem: Problem) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\s*\(", visible) for name in problem.provided)


def _no_code_reason(text: str, problem: Problem) -> str:
    """Why no function was found: a member only, a declaration only, or nothing at all."""
    name = re.escape(problem.function)
    for it in items(text):
        body = mask(text[it.start : it.end])
        if it.kind == "type" and re.search(rf"\b{name}\s*\([^;{{}}]*\)[^;{{}}]*\{{", body):
            return f"{problem.function}() is defined only as a member of {it.name}; the driver calls a free function"
        if it.kind == "function" and it.name.endswith("::" + problem.function):
            return f"{problem.function}() is defined only as {it.name}(); the driver calls a free function"
    if _declares(mask(text), problem.function):
        return f"{problem.function}() is declared but never defined"
    return f"no definition of {problem.function}() found"
