"""The HPX strict check: HPX constructs in code, not in comments, strings or #include lines."""

from __future__ import annotations

import re

from hpxeval.cxxsource import without_directives
from hpxeval.records import StrictCheck

# construct class -> names (the part after `hpx::`, any intermediate namespaces allowed)
CLASSES = {
    "parallel_algorithm": r"(for_each|for_each_n|for_loop|for_loop_strided|transform|reduce|transform_reduce|"
    r"inclusive_scan|exclusive_scan|transform_inclusive_scan|transform_exclusive_scan|sort|stable_sort|"
    r"count|count_if|find|find_if|find_if_not|any_of|all_of|none_of|min_element|max_element|minmax_element|"
    r"copy|copy_if|fill|generate|partition|unique|merge|adjacent_difference|replace|replace_if)",
    "execution_policy": r"execution::(par|par_unseq|seq|unseq|task|parallel_policy|sequenced_policy)",
    "async_future": r"(async|future|shared_future|make_ready_future|post|apply|sync)",
    "dataflow": r"(dataflow|when_all|when_any|when_some|when_each|wait_all|wait_any|wait_some|wait_each|"
    r"split_future|unwrapping|unwrap)",
    "promise": r"(promise|packaged_task)",
    "synchronization": r"(mutex|spinlock|recursive_mutex|shared_mutex|condition_variable|condition_variable_any|"
    r"latch|barrier|counting_semaphore|binary_semaphore|sliding_semaphore|once_flag|call_once|lock_guard|unique_lock)",
    "threads": r"(thread|jthread|this_thread|get_os_thread_count|get_num_worker_threads|get_worker_thread_num)",
    "channel": r"(channel|lcos::local::channel)",
}
_QUALIFIED = {name: re.compile(rf"\bhpx\s*::\s*(?:\w+\s*::\s*)*{body}\b") for name, body in CLASSES.items()}
_USING = re.compile(r"\busing\s+namespace\s+hpx\b|\bnamespace\s+\w+\s*=\s*hpx\b|\busing\s+hpx\s*::")
_UNQUALIFIED = {
    name: re.compile(rf"(?<![\w:.])(?:(?!std\b)\w+\s*::\s*)?{body}\s*[(<{{]")
    for name, body in CLASSES.items()
    if name in ("parallel_algorithm", "async_future", "dataflow", "promise", "synchronization")
}
_ANY_HPX = re.compile(r"\bhpx\s*::")
_USING_STATEMENT = re.compile(r"\b(using\s+namespace|namespace\s+\w+\s*=)\s+hpx[\w:\s]*;")


def strict_check(code: str) -> StrictCheck:
    """Which HPX construct classes the code uses; uses = at least one."""
    visible = without_directives(code)
    found = [name for name, rx in _QUALIFIED.items() if rx.search(visible)]
    if _USING.search(visible):
        found += [name for name, rx in _UNQUALIFIED.items() if name not in found and rx.search(visible)]
    if not found and _ANY_HPX.search(_USING_STATEMENT.sub(" ", visible)):
        found.append("other")
    return StrictCheck(bool(found), tuple(sorted(found)))
