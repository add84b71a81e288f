"""The Legion strict check: Legion constructs in code, not in comments, strings or #include lines."""

from __future__ import annotations

import re

from hpxeval.cxxsource import without_directives
from hpxeval.records import StrictCheck

# construct class -> pattern over masked code (an optional `Legion::` qualification is implied by the names)
CONSTRUCTS = {
    "task_launch": r"\b(TaskLauncher|IndexTaskLauncher|IndexLauncher|MustEpochLauncher)\b|"
    r"\bexecute_(task|index_space|must_epoch)\s*\(",
    "future": r"\b(Future|FutureMap)\b|\.\s*(get_result|get_void_result|wait_all_results)\s*[<(]",
    "task_registration": r"\b(TaskVariantRegistrar|register_task_variant|preregister_task_variant|"
    r"generate_dynamic_task_id|generate_static_task_id|set_top_level_task_id)\b",
    "region": r"\b(LogicalRegion|RegionRequirement|PhysicalRegion|FieldAccessor|InlineLauncher|FieldAllocator)\b|"
    r"\b(create_logical_region|create_index_space|create_field_space|map_region)\s*\(",
    "partition": r"\b(IndexPartition|LogicalPartition)\b|\bcreate_(equal|partition_by|pending)_\w*\s*\(",
    "reduction": r"\bLEGION_REDOP_\w+|\bregister_reduction_op\b|\bReductionOp\b",
    "point_task": r"\bindex_point\b|\btask\s*->\s*(args|arglen|local_args|futures)\b",
}
_PATTERNS = {name: re.compile(body) for name, body in CONSTRUCTS.items()}
# A sample "uses Legion" when it launches Legion tasks; the other classes describe how.
USES = ("task_launch",)


def strict_check(code: str) -> StrictCheck:
    """Which Legion construct classes the code uses; uses = it launches tasks."""
    visible = without_directives(code)
    found = tuple(sorted(name for name, rx in _PATTERNS.items() if rx.search(visible)))
    return StrictCheck(any(name in found for name in USES), found)
