"""The `serial` runtime: plain C++ with no parallelism, the reference point of every speedup."""

from hpxeval.hookspecs import hookimpl
from hpxeval.records import Problem, StrictCheck
from hpxeval.toolchain import CxxRuntime


class SerialRuntime(CxxRuntime):
    name = "serial"
    description = "Sequential C++ (g++), run at one worker only"
    parallel = False  # timing it at 2 workers measured one thread and reported efficiency 0.5

    def instruction(self, problem: Problem) -> str:
        return ""

    def strict_check(self, code: str) -> StrictCheck:
        return StrictCheck(True, ())


@hookimpl
def register_runtimes(register):
    register(SerialRuntime())
