"""The `replay` model: recorded generations, from hpxeval JSONL or ParEval-format JSON.

`replay:PATH` takes a file or a directory of `.jsonl` / `.json` files.
- JSONL: one object per line with `problem`, `runtime`, `sample`, `text` and optionally `model`.
- ParEval JSON: a list of prompt objects with `name`, `parallelism_model`, `prompt` and `outputs`;
  each output continues the prompt, so the text is prompt + output and the sample index is the
  output's position.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from attrs import define
from hpxeval.hookspecs import hookimpl
from hpxeval.models import Model, ModelError
from hpxeval.records import Completion, Problem, Prompt, Request

PAREVAL_RUNTIMES = {"omp": "openmp", "openmp": "openmp", "serial": "serial", "hpx": "hpx"}
JSONL_FIELDS = ("problem", "runtime", "sample", "text")


@define(frozen=True)
class Recorded:
    problem: str
    runtime: str
    sample: int
    text: str
    model: str
    where: str


def read_jsonl(path: Path) -> list[Recorded]:
    """Every line of an hpxeval replay file; a bad line raises ModelError with its number."""
    found = []
    for number, line in enumerate(_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ModelError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise ModelError(f"{path}:{number}: expected a JSON object, got {type(obj).__name__}")
        missing = [f for f in JSONL_FIELDS if f not in obj]
        if missing:
            raise ModelError(
                f"{path}:{number}: missing field(s) {', '.join(missing)}; each line needs {', '.join(JSONL_FIELDS)}"
            )
        if not isinstance(obj["sample"], int) or not isinstance(obj["text"], str):
            raise ModelError(f"{path}:{number}: 'sample' must be an integer and 'text' a string")
        model = str(obj.get("model") or f"replay:{path.stem}")
        found.append(
            Recorded(str(obj["problem"]), str(obj["runtime"]), obj["sample"], obj["text"], model, f"{path}:{number}")
        )
    return found


def read_pareval(path: Path) -> list[Recorded]:
    """A ParEval generations file: prompt + output per sample, sample = output position."""
    try:
        data = json.loads(_text(path))
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, list):
        raise ModelError(f"{path}: a ParEval file is a JSON list of prompt objects")
    found = []
    for index, obj in enumerate(data):
        missing = [
            f for f in ("name", "parallelism_model", "prompt", "outputs") if not isinstance(obj, dict) or f not in obj
        ]
        if missing:
            raise ModelError(f"{path}: entry {index} lacks {', '.join(missing)}")
        runtime = PAREVAL_RUNTIMES.get(obj["parallelism_model"], obj["parallelism_model"])
        model = str(obj.get("model") or f"replay:{path.stem}")
        for i, output in enumerate(obj["outputs"]):
            found.append(
                Recorded(
                    obj["name"], runtime, i, obj["prompt"] + (output or ""), model, f"{path}[{index}].outputs[{i}]"
                )
            )
    return found


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"cannot read replay file {path}: {exc}") from None


def read_any(path: Path) -> list[Recorded]:
    """A file (format by content: a JSON list is ParEval, else JSONL) or a directory of them."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl"))
        return [r for f in files for r in read_any(f)]
    if not path.exists():
        raise ModelError(f"replay file {path} does not exist")
    return read_pareval(path) if _text(path).lstrip().startswith("[") else read_jsonl(path)


class ReplayModel(Model):
    name = "replay"
    description = "Recorded generations: hpxeval JSONL or ParEval JSON (replay:PATH)"

    def __init__(self, argument, options):
        super().__init__(argument, options)
        if not argument:
            raise ModelError("replay needs a path: --model replay:PATH (a .jsonl/.json file or a directory)")
        self.records = read_any(Path(argument))

    def requests(self, prompts: Sequence[tuple[Prompt, Problem]], samples: int | None) -> list[Request]:
        """One request per recorded sample of a selected prompt (the first `samples` if given)."""
        by_key = {(p.problem, p.runtime): (p, problem) for p, problem in prompts}
        self._texts = {}
        found = []
        for r in self.records:
            hit = by_key.get((r.problem, r.runtime))
            if hit is None or (samples is not None and r.sample >= samples):
                continue
            req = Request(hit[0], r.sample, r.model, hit[1])
            if req not in self._texts:
                self._texts[req] = r.text
                found.append(req)
        return found

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        for req in requests:
            yield Completion(req, self._texts[req], sent={"replay": self.argument})


@hookimpl
def register_models(register):
    register(ReplayModel)
