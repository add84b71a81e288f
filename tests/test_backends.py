"""What the API backends share: options, capabilities, keys, prices, retries, concurrency.

HTTP goes through the SDKs' own transport hook (httpx2.MockTransport) where the behaviour needs
api.openai.com or api.anthropic.com (429 with retry-after, 5xx); real generation over HTTP is in
tests/test_llama_server.py.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import attrs
import httpx2
import pytest
from apifakes import Concurrency, Script, chat_completion, message
from hpxeval import prices, retry
from hpxeval.backends import split_usage
from hpxeval.keys import api_key, redact
from hpxeval.models import ModelError
from hpxeval.records import Problem, Prompt, Request
from hpxeval_anthropic import AnthropicModel
from hpxeval_openai import OpenAIModel

KEY = "sk-test-hpxeval-0123456789"
PROBLEM = Problem("p", "c", "f", "int f()", "d", Path("."), 1, 1)


def requests_for(model, prompts: int = 1, samples: int = 1) -> list[Request]:
    return [
        Request(Prompt(f"p{i}", "c", "serial", f"prompt {i}"), s, model.label, PROBLEM)
        for i in range(prompts)
        for s in range(samples)
    ]


def with_transport(model, handler):
    model.http_client = httpx2.Client(transport=httpx2.MockTransport(handler))
    model.policy = attrs.evolve(model.policy, sleep=lambda s: None)
    return model


@pytest.fixture(autouse=True)
def _keys(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    monkeypatch.delenv("HPXEVAL_PRICES", raising=False)


# -- retry-after and backoff ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({}, None),
        ({"retry-after": "soon"}, None),
    ],
)
def test_retry_after_header_forms(headers, expected):
    assert retry.retry_after(headers) == expected


def test_retry_after_as_http_date():
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 28 <= retry.retry_after({"retry-after": when}) <= 30


def test_backoff_without_header_doubles_and_is_capped():
    policy = retry.RetryPolicy(base_s=1.0, cap_s=8.0)
    assert [0.5 <= policy.delay(a, {}) / min(8.0, 2**a) <= 1.0 for a in range(6)] == [True] * 6


def test_openai_429_honours_retry_after_then_succeeds():
    script = Script(
        [
            (429, {"retry-after": "3"}, {"error": {"message": "rate limited"}}),
            (503, {"retry-after-ms": "1500"}, {"error": {"message": "overloaded"}}),
            (200, {}, chat_completion("gpt-4o-mini", ["ok"])),
        ]
    )
    model = with_transport(OpenAIModel("gpt-4o-mini", {}), script)
    waits = []
    model.policy = attrs.evolve(model.policy, sleep=waits.append)
    (done,) = list(model.generate(requests_for(model)))
    assert waits == [3.0, 1.5]
    assert done.text == "ok" and len(script.requests) == 3
    assert [n for n in model.notes if "retrying" in n] == [
        "openai:gpt-4o-mini: 429; retrying in 3.0 s (1/6)",
        "openai:gpt-4o-mini: 503; retrying in 1.5 s (2/6)",
    ]


def test_anthropic_529_overloaded_is_retried():
    script = Script([(529, {}, {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}})] * 2)
    script.replies.append((200, {}, message("claude-haiku-4-5", "fine")))
    model = with_transport(AnthropicModel("claude-haiku-4-5", {}), script)
    (done,) = list(model.generate(requests_for(model)))
    assert done.text == "fine" and len(script.requests) == 3


def test_a_400_is_not_retried_and_a_401_names_the_key_without_showing_it():
    bad = Script([(400, {}, {"error": {"message": "bad request"}})])
    model = with_transport(OpenAIModel("gpt-4o-mini", {}), bad)
    with pytest.raises(ModelError, match=r"^openai:gpt-4o-mini: HTTP 400: "):
        list(model.generate(requests_for(model)))
    assert len(bad.requests) == 1
    denied = Script([(401, {}, {"error": {"message": f"Incorrect API key provided: {KEY}"}})])
    model = with_transport(OpenAIModel("gpt-4o-mini", {}), denied)
    with pytest.raises(ModelError) as info:
        list(model.generate(requests_for(model)))
    assert KEY not in str(info.value) and "[redacted]" in str(info.value)
    assert str(info.value).endswith("check $OPENAI_API_KEY")


def test_gives_up_after_max_retries():
    script = Script([(500, {}, {"error": {"message": "boom"}})])
    model = with_transport(OpenAIModel("gpt-4o-mini", {"max_retries": 2}), script)
    with pytest.raises(ModelError, match="HTTP 500 after 3 attempts"):
        list(model.generate(requests_for(model)))
    assert len(script.requests) == 3


def test_dropped_connections_are_retried():
    calls = []

    def flaky(request):
        calls.append(request)
        if len(calls) == 1:
            raise httpx2.ConnectError("connection refused")
        return httpx2.Response(200, json=chat_completion("gpt-4o-mini", ["back"]))

    model = with_transport(OpenAIModel("gpt-4o-mini", {}), flaky)
    assert [c.text for c in model.generate(requests_for(model))] == ["back"] and len(calls) == 2


# -- concurrency ---------------------------------------------------------------------------------
@pytest.mark.parametrize("limit", [1, 3])
def test_concurrency_limit_bounds_requests_in_flight(limit):
    fake = Concurrency()
    model = with_transport(OpenAIModel("gpt-4o-mini", {"concurrency": limit}), fake)
    done = list(model.generate(requests_for(model, prompts=9)))
    assert len(done) == 9 and fake.peak == limit


# -- capabilities, settings and what was sent ------------------------------------------------------
def test_sampling_model_groups_samples_into_n_choices():
    script = Script([(200, {}, chat_completion("gpt-4o-mini", ["a", "b", "c"], 9, 10))])
    model = with_transport(OpenAIModel("gpt-4o-mini", {"temperature": 0.2, "top_p": 0.9, "n": 3}), script)
    done = sorted(model.generate(requests_for(model, samples=3)), key=lambda c: c.request.sample)
    body = json.loads(script.requests[0].content)
    assert body["n"] == 3 and body["temperature"] == 0.2 and body["top_p"] == 0.9
    assert [c.text for c in done] == ["a", "b", "c"]
    # the request's usage is shared by its choices: the sums are the billed tokens
    assert [(c.input_tokens, c.output_tokens) for c in done] == [(3, 4), (3, 3), (3, 3)]
    assert sum(c.cost_usd for c in done) == pytest.approx((9 * 0.15 + 10 * 0.60) / 1e6)
    assert done[1].sent["choice"] == 1 and done[1].sent["request_usage"] == {"input_tokens": 9, "output_tokens": 10}
    assert model.settings() == {"api": "chat", "temperature": 0.2, "top_p": 0.9}


def test_reasoning_model_sends_effort_and_no_temperature():
    script = Script([(200, {}, chat_completion("gpt-5", ["r"]))])
    options = {"temperature": 0.2, "reasoning_effort": "high", "verbosity": "low", "max_tokens": 900}
    model = with_transport(OpenAIModel("gpt-5", options), script)
    (done,) = list(model.generate(requests_for(model)))
    body = json.loads(script.requests[0].content)
    assert "temperature" not in body and "n" not in body
    assert (body["reasoning_effort"], body["verbosity"], body["max_completion_tokens"]) == ("high", "low", 900)
    assert model.notes[0] == (
        "openai:gpt-5: temperature = 0.2 is not sent (reasoning models take no sampling settings; use reasoning_effort)"
    )
    assert "temperature" not in done.sent and done.sent["reasoning_effort"] == "high"
    assert "temperature" not in model.settings()


def test_unsupported_settings_are_refused_when_asked():
    with pytest.raises(ModelError, match=r"temperature = 0\.7 is not sent \(the Anthropic SDK 2\.x"):
        AnthropicModel("claude-haiku-4-5", {"temperature": 0.7, "unsupported": "error"})


def test_anthropic_sends_thinking_budget_and_records_what_was_sent():
    script = Script([(200, {}, message("claude-haiku-4-5", "done", 100, 2000))])
    options = {"thinking_budget": 2048, "temperature": 0.2, "top_k": 40}
    model = with_transport(AnthropicModel("claude-haiku-4-5", options), script)
    (done,) = list(model.generate(requests_for(model)))
    body = json.loads(script.requests[0].content)
    assert body["thinking"] == {"type": "enabled", "budget_tokens": 2048}
    assert body["max_tokens"] == 4096 + 2048 and "temperature" not in body and "top_k" not in body
    assert done.sent == {
        "endpoint": "/v1/messages",
        "model": "claude-haiku-4-5",
        "max_tokens": 6144,
        "thinking": {"type": "enabled", "budget_tokens": 2048},
        "stop_reason": "end_turn",
    }
    assert (done.input_tokens, done.output_tokens) == (100, 2000)
    assert done.cost_usd == pytest.approx((100 * 1.0 + 2000 * 5.0) / 1e6)
    assert len([n for n in model.notes if "is not sent" in n]) == 2


def test_thinking_budget_limits():
    with pytest.raises(ModelError, match="at least 1024"):
        AnthropicModel("claude-haiku-4-5", {"thinking_budget": 100})
    with pytest.raises(ModelError, match="must exceed thinking_budget"):
        AnthropicModel("claude-haiku-4-5", {"thinking_budget": 4000, "max_tokens": 3000})


def test_settings_that_change_the_output_are_the_cache_key():
    a = OpenAIModel("gpt-4o-mini", {"temperature": 0.2, "concurrency": 2, "batch": True})
    b = OpenAIModel("gpt-4o-mini", {"temperature": 0.2, "concurrency": 9, "max_retries": 1})
    c = OpenAIModel("gpt-4o-mini", {"temperature": 0.8})
    assert a.settings() == b.settings() != c.settings()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"api_key": "sk-x"}, "API keys are never read from experiment files"),
        ({"temprature": 0.1}, "unknown option 'temprature'; allowed: api, api_key_env, base_url"),
        ({"n": "4"}, r"n = '4': expected int"),
        ({"batch": 1}, "batch = 1: expected bool"),
        ({"api": "completions"}, "api = 'completions': allowed: chat, responses"),
        ({"base_url": "http://u:pw@host/v1"}, "no credentials in URLs"),
    ],
)
def test_bad_options_are_one_line_errors(options, message):
    with pytest.raises(ModelError, match=message):
        OpenAIModel("gpt-4o-mini", options)


def test_responses_api_body():
    reply = {
        "id": "resp_1",
        "object": "response",
        "created_at": 0,
        "model": "gpt-5",
        "status": "completed",
        "output": [
            {
                "type": "message",
                "id": "m",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": "hello", "annotations": []}],
            }
        ],
        "parallel_tool_calls": False,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": 20,
            "output_tokens": 50,
            "total_tokens": 70,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 30},
        },
    }
    script = Script([(200, {}, reply)])
    model = with_transport(OpenAIModel("gpt-5", {"api": "responses", "reasoning_effort": "low"}), script)
    (done,) = list(model.generate(requests_for(model)))
    body = json.loads(script.requests[0].content)
    assert script.requests[0].url.path == "/v1/responses"
    assert body["reasoning"] == {"effort": "low"} and body["input"] == "prompt 0" and body["store"] is False
    assert done.text == "hello" and (done.input_tokens, done.output_tokens) == (20, 50)
    assert done.sent["reasoning_tokens"] == 30 and done.sent["endpoint"] == "/v1/responses"


# -- keys ----------------------------------------------------------------------------------------
def test_key_comes_from_the_environment_and_a_missing_one_says_how_to_set_it(monkeypatch):
    assert api_key("OPENAI_API_KEY", "openai") == KEY
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setattr("hpxeval.keys.from_keyring", lambda name: None)
    with pytest.raises(ModelError, match=r"set \$OPENAI_API_KEY .* `keyring set hpxeval OPENAI_API_KEY`"):
        api_key("OPENAI_API_KEY", "openai")
    assert api_key("OPENAI_API_KEY", "openai", required=False) is None


def test_key_from_the_keyring(monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return {("hpxeval", "ANTHROPIC_API_KEY"): "sk-ant-from-keyring"}.get((service, username))

        def set_password(self, service, username, password): ...
        def delete_password(self, service, username): ...

    monkeypatch.delenv("ANTHROPIC_API_KEY")
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        assert api_key("ANTHROPIC_API_KEY", "anthropic") == "sk-ant-from-keyring"
    finally:
        keyring.set_keyring(previous)


def test_redact_hides_secrets():
    assert redact(f"bad key {KEY}!", KEY, None) == "bad key [redacted]!"


# -- prices --------------------------------------------------------------------------------------
def test_price_lookup_matches_names_and_dated_snapshots_only():
    assert prices.lookup("openai", "gpt-5-mini-2025-08-07") == prices.Price(0.25, 2.0, 0.5)
    assert prices.lookup("openai", "gpt-5-2025-08-07") == prices.Price(1.25, 10.0, 0.5)
    assert prices.lookup("anthropic", "claude-haiku-4-5-20251001").output == 5.0
    assert prices.lookup("llamacpp", "anything") == prices.Price(0.0, 0.0, 0.5)
    assert prices.lookup("openai", "my-finetune") is None
    assert prices.lookup("openai", "gpt-5.4-mini") is None  # not gpt-5's price


def test_price_overrides_from_options_and_from_a_file(tmp_path, monkeypatch):
    table = tmp_path / "prices.toml"
    table.write_text('[openai]\n"my-finetune" = { input = 3.0, output = 12.0, batch = 0.4 }\n')
    monkeypatch.setenv("HPXEVAL_PRICES", str(table))
    assert prices.lookup("openai", "my-finetune") == prices.Price(3.0, 12.0, 0.4)
    override = {"gpt-5": {"input": 1.0, "output": 8.0}}
    assert prices.lookup("openai", "gpt-5", override) == prices.Price(1.0, 8.0, 0.5)
    model = OpenAIModel("my-finetune", {})
    assert model.price.cost(1_000_000, 500_000) == pytest.approx(9.0)
    assert model.price.cost(1_000_000, 500_000, batch=True) == pytest.approx(3.6)
    assert model.price.cost(None, 3) is None


def test_unknown_price_leaves_cost_empty_with_a_note():
    script = Script([(200, {}, chat_completion("local", ["x"]))])
    model = with_transport(OpenAIModel("local", {"base_url": "http://127.0.0.1:9/v1"}), script)
    (done,) = list(model.generate(requests_for(model)))
    assert done.cost_usd is None and done.input_tokens == 10
    assert "no price known" in model.notes[0]


def test_bad_price_entry_is_an_error():
    with pytest.raises(ModelError, match=r"price of 'gpt-5' needs numbers `input` and `output`"):
        OpenAIModel("gpt-5", {"prices": {"gpt-5": {"input": "cheap"}}})


def test_split_usage_keeps_sums_exact():
    assert split_usage(10, 3) == [4, 3, 3] and split_usage(None, 2) == [None, None]


def test_an_unreachable_endpoint_is_named_in_the_error():
    """A real connection attempt to a closed port on 127.0.0.1: the error says which URL failed."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    model = OpenAIModel("tiny", {"base_url": url, "max_retries": 1})
    with pytest.raises(ModelError, match=rf"cannot reach {url} after 2 attempt\(s\)"):
        list(model.generate(requests_for(model)))
