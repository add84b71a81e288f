"""The Charm++ strict check: Charm++ constructs in code, not in comments, strings or #include lines."""

from __future__ import annotations

import re

from hpxeval.cxxsource import without_directives
from hpxeval.records import StrictCheck

# construct class -> pattern over masked code
CONSTRUCTS = {
    "chare_array": r"\bCProxy_\w+\s*::\s*ckNew\s*\(|\bCkArrayOptions\b|\bckDestroy\s*\(",
    "chare": r"\bCBase_\w+\b|\bthisIndex\b|\bthisProxy\b",
    "entry_method": r"\b\w+\s*(\[[^\]]*\])?\s*\.\s*run\s*\(",
    "reduction": r"\bcontribute\s*\(|\bCkReduction\s*::\s*\w+|\bCkReductionMsg\b",
    "callback": r"\bCkCallback(ResumeThread)?\b",
    "future": r"\bCkFuture\b|\bCk(Create|Wait|Send|Release)Future\s*\(",
    "pe_query": r"\bCk(NumPes|MyPe|NumNodes|MyNode|MyRank)\s*\(",
}
_PATTERNS = {name: re.compile(body) for name, body in CONSTRUCTS.items()}
# A sample "uses Charm++" when it creates chares or combines results through the runtime;
# asking for CkNumPes() alone is not a use.
USES = ("chare_array", "reduction", "callback", "future")


def strict_check(code: str) -> StrictCheck:
    """Which Charm++ construct classes the code uses; uses = chares created or results reduced."""
    visible = without_directives(code)
    found = tuple(sorted(name for name, rx in _PATTERNS.items() if rx.search(visible)))
    return StrictCheck(any(name in found for name in USES), found)
