"""The `reference` model: answers every prompt with the suite's own solution for its runtime.

A harness self-test: on every shipped problem it must score pass@1 = 1.0. The solution is the
problem folder's `solutions/<runtime>.cpp`; where there is none, a separately installed runtime
may ship its own (its optional `reference_solution(problem)` method, docs/plugins.md).
"""

from collections.abc import Iterator, Sequence
from pathlib import Path

from hpxeval import plugins as plugin_manager
from hpxeval.hookspecs import hookimpl
from hpxeval.models import Model
from hpxeval.records import Completion, Problem, Request


def reference_path(problem: Problem, runtime: str) -> Path | None:
    """The problem folder's solution for a runtime, else the runtime plugin's own, else None."""
    path = problem.solution(runtime)
    if path is not None:
        return path
    registered = plugin_manager.installed().by_kind["runtime"].get(runtime)
    own = getattr(registered.obj, "reference_solution", None) if registered is not None else None
    return own(problem) if own is not None else None


class ReferenceModel(Model):
    name = "reference"
    description = "The suite's reference solutions (harness self-test; must score pass@1 = 1.0)"
    auto_priority = 100  # `auto` falls back to it: it needs nothing

    @classmethod
    def auto_argument(cls):
        return True, None, "the suite's own solutions: a harness self-test"

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        for req in requests:
            runtime = req.prompt.runtime
            path = reference_path(req.problem, runtime)
            if path is None:
                yield Completion(
                    req,
                    "",
                    sent={"missing": f"no solutions/{runtime}.cpp in {req.problem.id} and no {runtime} reference"},
                )
            elif path.parent.name == "solutions":
                yield Completion(req, path.read_text(encoding="utf-8"), sent={"file": f"solutions/{path.name}"})
            else:
                shipped = f"{runtime} runtime: problems/{req.problem.id}/{path.name}"
                yield Completion(req, path.read_text(encoding="utf-8"), sent={"file": shipped})


@hookimpl
def register_models(register):
    register(ReferenceModel)
