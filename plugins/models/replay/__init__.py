"""The `replay` model: recorded generations, from hpxeval JSONL or ParEval-format JSON.

`replay:PATH` takes a file or a directory of `.jsonl` / `.json` files.
- JSONL: one object per line with `problem`, `runtime`, `text` (strings), `sample` (an integer
  >= 0) and optionally `model` (a string).
- ParEval JSON: a list of prompt objects with `name`, `parallelism_model`, `prompt` (strings)
  and `outputs` (a list of strings or nulls); each output continues the prompt, so the text is
  prompt + output and the sample index is the output's position.
Files are UTF-8. Anything else is a ModelError naming the file and the line or entry; so is a
file with no generations, or one none of whose generations is for a selected prompt.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

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


def read_jsonl(path: Path, text: str | None = None) -> list[Recorded]:
    """Every line of an hpxeval replay file; a bad line raises ModelError with its number."""
    found = []
    # Only "\n" ends a line: str.splitlines would also split at U+2028 and friends inside strings.
    for number, line in enumerate((_text(path) if text is None else text).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        obj = _json(line, where)
        if not isinstance(obj, dict):
            raise ModelError(f"{where}: expected a JSON object, got {_kind(obj)}")
        missing = [f for f in JSONL_FIELDS if f not in obj]
        if missing:
            raise ModelError(
                f"{where}: missing field(s) {', '.join(missing)}; each line needs {', '.join(JSONL_FIELDS)}"
            )
        for name in ("problem", "runtime", "text"):
            _need_string(obj[name], f"{where}: {name!r}")
        if not _is_index(obj["sample"]):
            raise ModelError(f"{where}: 'sample' must be an integer from 0 to {MAX_SAMPLE}, got {_kind(obj['sample'])}")
        model = _optional_string(obj.get("model"), f"{where}: 'model'") or f"replay:{path.stem}"
        found.append(Recorded(obj["problem"], obj["runtime"], obj["sample"], obj["text"], model, where))
    return found


def read_pareval(path: Path, text: str | None = None) -> list[Recorded]:
    """A ParEval generations file: prompt + output per sample, sample = output position."""
    data = _json(_text(path) if text is None else text, str(path))
    if not isinstance(data, list):
        raise ModelError(f"{path}: a ParEval file is a JSON list of prompt objects, got {_kind(data)}")
    found = []
    for index, obj in enumerate(data):
        where = f"{path}: entry {index}"
        if not isinstance(obj, dict):
            raise ModelError(f"{where} is {_kind(obj)}, not an object with {', '.join(PAREVAL_FIELDS)}")
        missing = [f for f in PAREVAL_FIELDS if f not in obj]
        if missing:
            raise ModelError(f"{where} lacks {', '.join(missing)}")
        for name in ("name", "parallelism_model", "prompt"):
            _need_string(obj[name], f"{where}: {name!r}")
        outputs = obj["outputs"]
        if not isinstance(outputs, list):
            raise ModelError(f"{where}: 'outputs' must be a list of strings, got {_kind(outputs)}")
        runtime = PAREVAL_RUNTIMES.get(obj["parallelism_model"], obj["parallelism_model"])
        model = _optional_string(obj.get("model"), f"{where}: 'model'") or f"replay:{path.stem}"
        for i, output in enumerate(outputs):
            if output is not None:
                _need_string(output, f"{where}: outputs[{i}]")
            text = obj["prompt"] + (output or "")
            found.append(Recorded(obj["name"], runtime, i, text, model, f"{path}[{index}].outputs[{i}]"))
    return found


PAREVAL_FIELDS = ("name", "parallelism_model", "prompt", "outputs")


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        line = f" at line {exc.lineno}" if "\n" in text else ""
        raise ModelError(f"{where}: not valid JSON ({exc.msg}{line})") from None
    except RecursionError:
        raise ModelError(f"{where}: JSON nested too deeply") from None


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "an integer"}
    names |= {float: "a number", type(None): "null"}
    return names.get(type(value), f"a {type(value).__name__}")


MAX_SAMPLE = 2**31 - 1  # the store's sample column is a 32-bit INTEGER


def _is_index(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SAMPLE


def _need_string(value: Any, what: str) -> None:
    if not isinstance(value, str):
        raise ModelError(f"{what} must be a string, got {_kind(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ModelError(f"{what} is not valid Unicode (it holds a lone surrogate escape such as \\ud800)") from None


def _optional_string(value: Any, what: str) -> str | None:
    if value is None:
        return None
    _need_string(value, what)
    return value


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ModelError(
            f"cannot read replay file {path}: not UTF-8 (byte {exc.start}); save it as UTF-8 text"
        ) from None
    except OSError as exc:
        raise ModelError(f"cannot read replay file {path}: {exc.strerror or exc}") from None


def read_any(path: Path) -> list[Recorded]:
    """A file (format by content: a JSON list is ParEval, else JSONL) or a directory of them."""
    found = _read(path)
    if not found:
        raise ModelError(f"replay {path} holds no recorded generations")
    return found


def _read(path: Path) -> list[Recorded]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl") and p.is_file())
        if not files:
            raise ModelError(f"replay directory {path} holds no .jsonl or .json files")
        return [r for f in files for r in _read(f)]
    if not path.exists():
        raise ModelError(f"replay file {path} does not exist")
    text = _text(path)
    return read_pareval(path, text) if text.lstrip().startswith("[") else read_jsonl(path, text)


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
        if not found and prompts:
            raise ModelError(self._nothing_selected(samples))
        return found

    def _nothing_selected(self, samples: int | None) -> str:
        """Why no recorded generation matches: what the file holds, and how to select it."""
        held = sorted({(r.problem, r.runtime) for r in self.records})
        runtimes = sorted({runtime for _, runtime in held})
        shown = ", ".join(f"{p} × {rt}" for p, rt in held[:4]) + (f" and {len(held) - 4} more" if len(held) > 4 else "")
        limit = f" with sample < {samples}" if samples is not None else ""
        return (
            f"none of the {len(self.records)} recorded generations in {self.argument} is for a selected prompt{limit};"
            f" it holds {shown} — select them with {' '.join('--runtime ' + rt for rt in runtimes)} (and --problem)"
        )

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        for req in requests:
            yield Completion(req, self._texts[req], sent={"replay": self.argument})


@hookimpl
def register_models(register):
    register(ReplayModel)
