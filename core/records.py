"""The attrs records passed between the stages of one sample's flow (see docs/design.md)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from attrs import define, field
from hpxeval.sandbox import Sandbox


def sha256(text: str) -> str:
    """Hex sha256 of a text (utf-8): the key of prompts, completions and code."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_json(value: Any) -> str:
    """JSON with sorted keys, so that equal settings hash equally."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


RACE_CHECK = -1  # runs.repetition of a race check: validation only, more workers than cores
DEFAULT_SIZES = "pareval"  # the size profile of ParEval's problem-sizes.json (docs/suite.md)


@define(frozen=True)
class Problem:
    """One benchmark problem, loaded from its folder (docs/problem-format.md)."""

    id: str
    category: str
    function: str
    signature: str
    description: str
    directory: Path
    timed_size: int  # the default size profile's ("pareval")
    validation_size: int
    validation_trials: int = 8
    rtol: float | None = None
    provided: tuple[str, ...] = ()
    sizes: tuple[tuple[str, int], ...] = ()  # every named size profile, (name, timed size)

    def timed(self, profile: str = DEFAULT_SIZES) -> int:
        """The timed size under a size profile; a profile the problem does not name uses the default."""
        return dict(self.sizes).get(profile, self.timed_size)

    def scaffold(self, runtime: str) -> Path | None:
        """The scaffold header for a runtime: `scaffold.<runtime>.hpp`, else `scaffold.hpp`."""
        for name in (f"scaffold.{runtime}.hpp", "scaffold.hpp"):
            path = self.directory / name
            if path.is_file():
                return path
        return None

    def solution(self, name: str) -> Path | None:
        """A shipped solution file (`serial`, `openmp`, `hpx`, `wrong`, `constant`), if present."""
        path = self.directory / "solutions" / f"{name}.cpp"
        return path if path.is_file() else None


@define(frozen=True)
class Prompt:
    """The exact text a model sees for one problem and runtime."""

    problem: str
    category: str
    runtime: str
    text: str
    sha: str = field()

    @sha.default
    def _sha(self) -> str:
        return sha256(self.text)


@define(frozen=True)
class Request:
    """One completion to obtain: a prompt, a sample index and the model label it is stored under."""

    prompt: Prompt
    sample: int
    model: str
    problem: Problem = field(eq=False, repr=False)


@define(frozen=True)
class Completion:
    """A model's raw answer to one request, with what it cost and what was actually sent."""

    request: Request
    text: str
    sent: dict[str, Any] = field(factory=dict)
    input_tokens: int | None = None
    output_tokens: int | None = None
    latency_s: float | None = None
    cost_usd: float | None = None


@define(frozen=True)
class GenerationRun:
    """One engine call of a local batch backend (vLLM): how fast it generated and the memory it took."""

    run_id: str
    model: str
    settings: dict[str, Any]
    prompts: int
    completions: int
    input_tokens: int
    output_tokens: int
    seconds: float
    peak_gpu_memory_bytes: int | None = None
    device: str | None = None
    details: dict[str, Any] = field(factory=dict)

    @property
    def output_tokens_per_s(self) -> float | None:
        return self.output_tokens / self.seconds if self.seconds > 0 else None


@define(frozen=True)
class Sample:
    """The code extracted from a completion, or the reason there is none."""

    code: str | None
    status: str  # "ok" or "no_code"
    reason: str = ""
    code_sha: str | None = field()

    @code_sha.default
    def _code_sha(self) -> str | None:
        return None if self.code is None else sha256(self.code)


@define(frozen=True)
class StrictCheck:
    """Whether code really uses a runtime, and which of its constructs it uses."""

    uses: bool
    constructs: tuple[str, ...] = ()


@define(frozen=True)
class Installation:
    """One installation of a runtime (a compiler, an HPX prefix, …) that samples are built against."""

    runtime: str
    name: str
    version: str
    prefix: Path | None = None
    details: dict[str, Any] = field(factory=dict)


@define(frozen=True)
class Health:
    """The result of building and running a tiny program against an installation."""

    ok: bool
    message: str


@define(frozen=True)
class BuildTask:
    """Everything a runtime needs to build one distinct code against one installation."""

    problem: Problem
    runtime: str
    installation: Installation
    code: str
    code_sha: str
    workdir: Path
    sandbox: Sandbox = Sandbox()
    cache: bool = True  # False: compile everything afresh (driver too) and neither read nor write caches


@define(frozen=True)
class Build:
    """The outcome of building a sample with the problem's driver and baseline."""

    code_sha: str
    problem: str
    runtime: str
    installation: str
    ok: bool
    status: str  # ok, compile_error, link_error, timeout, error
    seconds: float
    log: str = ""
    binary: Path | None = None
    cached: bool = False  # True: the outcome came from the persistent build cache


@define(frozen=True)
class RunLimits:
    """How one run is executed: time limit, timed repetitions and the output cap."""

    timeout: float = 60.0
    repetitions: int = 5
    sizes: str = DEFAULT_SIZES  # the size profile whose timed size each problem is run at
    output_cap: int = 1 << 20
    seed: int = 20240611
    sandbox: Sandbox = Sandbox()
    cores: tuple[int, ...] = ()  # pin a run at W workers to the first W of these cores; () = no pinning
    settings: str = ""  # stable JSON of everything above that can decide a run (stored with each run)
    evaluation_id: str | None = None  # the evaluations row (machine, load) of the runs made with these limits
    validation_factor: int = 1  # validation trials = the problem's × this (race checks repeat more)


@define(frozen=True)
class Run:
    """The outcome of one process of a built sample at one worker count."""

    code_sha: str
    problem: str
    runtime: str
    installation: str
    workers: int
    status: str  # valid, invalid, timeout, crash, exit, no_result, skipped, error
    valid: bool
    seconds: float | None = None
    baseline_seconds: float | None = None
    times: tuple[float, ...] = ()
    baseline_times: tuple[float, ...] = ()
    log: str = ""
    repetition: int = 0  # RACE_CHECK (-1): a validation-only run at an oversubscribed worker count
    validation_seconds: float | None = None  # wall time of all validation trials
    settings: str | None = None  # stable JSON of the settings the run was made with (pipeline.run_settings)
    evaluation_id: str | None = None  # the evaluation (machine, load) that made it
