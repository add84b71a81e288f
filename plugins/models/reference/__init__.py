"""The `reference` model: answers every prompt with the suite's own solution for its runtime.

A harness self-test: on every shipped problem it must score pass@1 = 1.0.
"""

from collections.abc import Iterator, Sequence

from hpxeval.hookspecs import hookimpl
from hpxeval.models import Model
from hpxeval.records import Completion, Request


class ReferenceModel(Model):
    name = "reference"
    description = "The suite's reference solutions (harness self-test; must score pass@1 = 1.0)"
    auto_priority = 100  # `auto` falls back to it: it needs nothing

    @classmethod
    def auto_argument(cls):
        return True, None, "the suite's own solutions: a harness self-test"

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        for req in requests:
            path = req.problem.solution(req.prompt.runtime)
            if path is None:
                yield Completion(
                    req, "", sent={"missing": f"no solutions/{req.prompt.runtime}.cpp in {req.problem.id}"}
                )
            else:
                yield Completion(req, path.read_text(encoding="utf-8"), sent={"file": f"solutions/{path.name}"})


@hookimpl
def register_models(register):
    register(ReferenceModel)
