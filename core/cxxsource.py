"""A small C++ source scanner: masks comments and literals, splits top-level items.

Not a parser: it knows enough of C++ lexing (comments, string, raw-string and character
literals, preprocessor lines, bracket nesting) to find where functions and types begin and end
in model output that may also contain prose.
"""

from __future__ import annotations

import re

from attrs import define

_RAW_OPEN = re.compile(r'R"([^()\\\s]{0,16})\(')
_CHAR_LIT = re.compile(r"'(?:\\.[^'\n]{0,8}|[^\\'\n])'")
_STATEMENT_KEYWORDS = frozenset({"if", "for", "while", "switch", "catch", "return", "sizeof", "decltype", "do"})


def mask(code: str) -> str:
    """The code with comments and string/char literals blanked (same length, newlines kept)."""
    pieces, done, i, n = [], 0, 0, len(code)
    while (hit := _LEXEME.search(code, i)) is not None:
        start, token = hit.start(), hit.group()
        if token == "'":
            literal = _CHAR_LIT.match(code, start)
            if literal is None or (start > 0 and code[start - 1].isalnum()):
                i = start + 1
                continue
            end = literal.end()
        elif token == "//":  # to the end of the line, and on over lines its backslash continues
            end = _LINE_COMMENT.match(code, start).end()
        elif token == "/*":
            end = code.find("*/", start + 2)
            end = n if end < 0 else end + 2
        elif (raw := _raw_string_at(code, start - 1)) is not None:
            start, end = start - 1, raw
        else:  # an ordinary string: to the closing quote or the end of the line
            body = _STRING_BODY.match(code, start + 1).end()
            end = body + 1 if body < n and code[body] in '"\n' else n
        pieces += [code[done:start], _NOT_NEWLINE.sub(" ", code[start:end])]
        done = i = end
    pieces.append(code[done:])
    return "".join(pieces)


def live(code: str) -> str:
    """mask(code) with preprocessor-dead regions blanked: what follows `#if 0` (or `#if false`) up
    to its `#else`, `#elif` or `#endif`, nested conditionals included. A construct there is
    never compiled, so it must not count as a use of a runtime."""
    lines, dead, depth = mask(code).split("\n"), False, 0
    for index, line in enumerate(lines):
        directive = _DIRECTIVE.match(line)
        word = directive.group(1) if directive else ""
        if dead:
            if word in ("if", "ifdef", "ifndef"):
                depth += 1
            elif word == "endif" and depth:
                depth -= 1
            elif word in ("else", "elif", "endif") and not depth:
                dead = False
                continue
            lines[index] = ""
        elif word == "if" and _FALSE_CONDITION.match(line, directive.end()):
            dead, depth, lines[index] = True, 0, ""
    return "\n".join(lines)


def without_directives(code: str) -> str:
    """live(code) without its preprocessor lines (an `#include <hpx/…>` alone is not a use)."""
    return "\n".join("" if line.lstrip().startswith("#") else line for line in live(code).split("\n"))


_DIRECTIVE = re.compile(r"[ \t]*#[ \t]*(\w+)")
_FALSE_CONDITION = re.compile(r"[ \t]*(?:0|false|\([ \t]*0[ \t]*\))[ \t]*$")
_LEXEME = re.compile(r"//|/\*|\"|'")
_LINE_COMMENT = re.compile(r"//(?:[^\n\\]|\\[^\n]|\\\n)*")
_STRING_BODY = re.compile(r'(?:[^"\\\n]|\\.)*', re.DOTALL)
_NOT_NEWLINE = re.compile(r"[^\n]")


def _raw_string_at(code: str, r: int) -> int | None:
    """The end of a raw string literal `R"delim(…)delim"` whose R is at r, else None."""
    if r < 0 or code[r] != "R" or (r > 0 and code[r - 1].isalnum()):
        return None
    opening = _RAW_OPEN.match(code, r)
    if opening is None:
        return None
    close = code.find(")" + opening.group(1) + '"', opening.end())
    return len(code) if close < 0 else close + len(opening.group(1)) + 2


@define(frozen=True)
class Item:
    """A top-level piece of source: kind is preprocessor, function, type, namespace or other."""

    kind: str
    start: int
    end: int
    name: str = ""


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _preprocessor_end(masked: str, i: int) -> int:
    end = i
    while True:
        nl = masked.find("\n", end)
        if nl < 0:
            return len(masked)
        if masked[end:nl].rstrip().endswith("\\"):
            end = nl + 1
            continue
        return nl


def items(code: str) -> list[Item]:
    """Split code into top-level items, using the masked text for structure."""
    m = mask(code)
    n, i, found = len(m), 0, []
    while i < n:
        while i < n and m[i].isspace():
            i += 1
        if i >= n:
            break
        if m[i] == "#" and m[_line_start(m, i) : i].strip() == "":
            end = _preprocessor_end(m, i)
            found.append(Item("preprocessor", i, end))
            i = end
            continue
        end = _chunk_end(m, i)
        found.append(_classify(m, i, end))
        i = end
    return found


def _chunk_end(m: str, i: int) -> int:
    """Where the item starting at i ends: after its `;` or closing `}` (and a `;` after it)."""
    depth = 0
    for hit in _STRUCTURE.finditer(m, i):
        c, k = hit.group(), hit.start()
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth = max(0, depth - 1)
            if c == "}" and depth == 0:
                after = _BLANKS.match(m, k + 1).end()
                return after + 1 if after < len(m) and m[after] == ";" else k + 1
        elif c == ";" and depth == 0:
            return k + 1
        elif c == "#" and depth == 0 and m[_line_start(m, k) : k].strip() == "":
            return k
    return len(m)


_STRUCTURE = re.compile(r"[()\[\]{};#]")
_BLANKS = re.compile(r"[ \t]*")


def _classify(m: str, start: int, end: int) -> Item:
    chunk = m[start:end]
    brace = top_level_brace(chunk)
    if brace < 0:
        return Item("other", start, end)
    head = _TEMPLATE_HEAD.sub(lambda t: " " * len(t.group(0)), chunk[:brace])
    if re.search(r"\bnamespace\b", head) and "(" not in head:
        return Item("namespace", start, end)
    kw = re.search(r"\b(struct|class|union|enum)\s+(?:class\s+)?([A-Za-z_]\w*)", head)
    group = param_group(head)
    if kw and (group is None or kw.start() < group[0]):
        return Item("type", start, end, kw.group(2))
    if group is None:
        return Item("other", start, end)
    before = head[: group[0]]
    name = re.search(r"((?:[A-Za-z_]\w*\s*::\s*)*)([A-Za-z_]\w*)\s*$", before)
    if name is None or name.group(2) in _STATEMENT_KEYWORDS:
        return Item("other", start, end)
    qualifier = re.sub(r"\s+", "", name.group(1))
    return Item("function", start, end, qualifier + name.group(2))


_TEMPLATE_HEAD = re.compile(r"\btemplate\s*<(?:[^<>]|<[^<>]*>)*>")


_TRAILER = re.compile(
    r"\s*(?:(?:const|volatile|override|final|mutable)\b\s*|(?:noexcept|throw)\b\s*(?:\([^()]*\)\s*)?|&&?\s*)*"
    r"(?:->.*)?",
    re.DOTALL,
)


_PARENS = re.compile(r"[()]")


def param_group(head: str) -> tuple[int, int] | None:
    """(open, close) of the parameter list in a masked function head (the text before `{`).

    It is the last top-level parenthesis group that only qualifiers (`const`, `noexcept`,
    `-> T`) follow, so prose with parentheses above the head does not count.
    """
    groups, depth, opened = [], 0, -1
    for hit in _PARENS.finditer(head):
        k, c = hit.start(), hit.group()
        if c == "(":
            if depth == 0:
                opened = k
            depth += 1
        elif c == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append((opened, k))
    for open_at, close_at in reversed(groups):
        if _TRAILER.fullmatch(head, close_at + 1):
            return open_at, close_at
    return None


def top_level_brace(chunk: str) -> int:
    """The index of the first `{` outside parentheses and brackets in masked text, or -1."""
    depth = 0
    for hit in _BRACKETS.finditer(chunk):
        c = hit.group()
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0:
            return hit.start()
    return -1


_BRACKETS = re.compile(r"[()\[\]{]")


_DECL_PREFIX = re.compile(r"^\s*(template\b|static\b|inline\b|constexpr\b|extern\b|\[\[)")
_TYPE_ONLY_LINE = re.compile(r"^\s*[A-Za-z_][\w:]*(\s*<[^<>]*(<[^<>]*>[^<>]*)*>)?[\s\*&]*$")


def declaration_start(code: str, item: Item) -> int:
    """Where a function's or type's declaration really starts, dropping prose before it.

    The start is the line that holds the name; lines just above are kept when they are a
    `template<…>` line or a lone return type (`double` above `foo(…)`).
    """
    m = mask(code)
    name_at = m.find(item.name + " " if item.kind == "type" else item.name, item.start, item.end)
    if item.kind == "function":
        name_at = _name_before_paren(m, item)
    start = _line_start(m, max(name_at, item.start))
    start = max(start, item.start)
    line = m[start:name_at]
    while start > item.start:
        prev_start = _line_start(m, start - 1)
        prev = m[prev_start : start - 1]
        if prev.strip() == "":
            break
        lone_type = line.strip() == "" and _TYPE_ONLY_LINE.match(prev)
        if _DECL_PREFIX.match(prev) or lone_type:
            start, line = max(prev_start, item.start), prev
            continue
        break
    return start


def _name_before_paren(m: str, item: Item) -> int:
    chunk = m[item.start : item.end]
    head = chunk[: top_level_brace(chunk)]
    group = param_group(head)
    paren = group[0] if group else head.find("(")
    name = re.search(r"(?:[A-Za-z_]\w*\s*::\s*)*[A-Za-z_]\w*\s*$", head[:paren])
    return item.start + name.start() if name else item.start
