"""Batch APIs (and direct requests) through the real pipeline and DuckDB store: submit, poll, collect, resume.

The provider side (OpenAI Files + Batch, Anthropic Message Batches) is a fake behind the SDKs'
own transport hook; the store, the journal and the resume logic are the real ones.
"""

from __future__ import annotations

import json

import httpx2
import pytest
from apifakes import AnthropicBatches, OpenAIBatches, chat_completion
from hpxeval.config import load
from hpxeval.models import ModelError
from hpxeval.pipeline import Silent, Summary, generate
from hpxeval.store import Store
from hpxeval_anthropic import AnthropicModel
from hpxeval_openai import OpenAIModel
from support import XOR, rows


class Interrupt(BaseException):
    """Stands for Ctrl-C while a batch is being polled."""


def interrupting(fake, on_poll: int):
    def handler(request):
        if (
            request.method == "GET"
            and "/batches/" in request.url.path
            and not request.url.path.endswith(("/content", "/results"))
        ):
            handler.polls += 1
            if handler.polls == on_poll:
                raise Interrupt
        return fake(request)

    handler.polls = 0
    return handler


@pytest.fixture(autouse=True)
def _keys(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-batch-0123456789")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-batch-0123456789")
    monkeypatch.setattr(OpenAIModel, "sleep", staticmethod(lambda s: None))
    monkeypatch.setattr(AnthropicModel, "sleep", staticmethod(lambda s: None))


def use(monkeypatch, cls, handler):
    monkeypatch.setattr(cls, "http_client", httpx2.Client(transport=httpx2.MockTransport(handler)))


def config(model: str, backend: str, samples: int = 2):
    return load(
        None,
        [
            ("generation.model", model),
            ("generation.samples", samples),
            ("evaluation.problems", [XOR]),
            ("evaluation.runtimes", ["serial", "openmp"]),
            (f"models.{backend}", {"batch": True, "poll_interval": 0}),
        ],
    )


def run(db, plugins, cfg) -> Summary:
    summary = Summary()
    store = Store(db)
    try:
        generate(store, plugins, cfg, Silent(), summary)
    finally:
        store.close()
    return summary


def test_openai_batch_resumes_polling_after_an_interruption(tmp_path, plugins, monkeypatch):
    db = tmp_path / "b.duckdb"
    fake = OpenAIBatches(polls_until_done=1)
    cfg = config("openai:gpt-4o-mini", "openai")
    use(monkeypatch, OpenAIModel, interrupting(fake, on_poll=1))
    with pytest.raises(Interrupt):
        run(db, plugins, cfg)
    assert fake.created == 1
    assert rows(db, "SELECT batch_id, model, status FROM batches") == [("batch_1", "openai:gpt-4o-mini", None)]
    assert rows(db, "SELECT count(*) FROM completions") == [(0,)]

    use(monkeypatch, OpenAIModel, fake)  # the next `hpxeval generate`
    summary = run(db, plugins, cfg)
    assert fake.created == 1, "an interrupted batch must be polled again, not submitted again"
    assert summary.completions_new == 4
    got = rows(
        db,
        "SELECT runtime, sample, text, sent->>'batch_id', sent->>'n', input_tokens, output_tokens, cost_usd"
        " FROM completions ORDER BY runtime, sample",
    )
    # one line per prompt with n = 2 choices; the usage (10 in, 7 out) is shared by the choices
    # and billed at half the list price of gpt-4o-mini (0.15 / 0.60 USD per million)
    assert [(r[0], r[1], r[3], r[4], r[5], r[6]) for r in got] == [
        ("openmp", 0, "batch_1", "2", 5, 4),
        ("openmp", 1, "batch_1", "2", 5, 3),
        ("serial", 0, "batch_1", "2", 5, 4),
        ("serial", 1, "batch_1", "2", 5, 3),
    ]
    assert [r[2].split()[-1] for r in got] == ["0", "1", "0", "1"]
    assert sum(r[7] for r in got) == pytest.approx(2 * (10 * 0.15 + 7 * 0.60) / 1e6 * 0.5)
    assert rows(db, "SELECT status, collected IS NOT NULL FROM batches") == [("completed", True)]

    polls = fake.polls
    summary = run(db, plugins, cfg)
    assert (summary.completions_new, summary.completions_cached, fake.polls, fake.created) == (0, 4, polls, 1)


def test_failed_batch_lines_are_asked_again_in_a_new_batch(tmp_path, plugins, monkeypatch):
    db = tmp_path / "b.duckdb"
    fake = OpenAIBatches(polls_until_done=0, fail_lines=1)
    cfg = config("openai:gpt-4o-mini", "openai", samples=1)
    use(monkeypatch, OpenAIModel, fake)
    assert run(db, plugins, cfg).completions_new == 1
    fake.fail_lines = 0
    assert run(db, plugins, cfg).completions_new == 1
    assert fake.created == 2
    assert [len(fake.files[b["input_file_id"]].splitlines()) for b in fake.batches.values()] == [2, 1]
    assert rows(db, "SELECT batch_id, status FROM batches ORDER BY batch_id") == [
        ("batch_1", "completed"),
        ("batch_2", "completed"),
    ]
    assert rows(db, "SELECT count(DISTINCT runtime) FROM completions") == [(2,)]


def test_anthropic_message_batch_resumes(tmp_path, plugins, monkeypatch):
    db = tmp_path / "a.duckdb"
    fake = AnthropicBatches(polls_until_done=1)
    cfg = config("anthropic:claude-haiku-4-5", "anthropic", samples=2)
    use(monkeypatch, AnthropicModel, interrupting(fake, on_poll=2))
    with pytest.raises(Interrupt):
        run(db, plugins, cfg)
    assert (fake.created, len(fake.requests["msgbatch_1"])) == (1, 4)  # one request per sample
    use(monkeypatch, AnthropicModel, fake)
    assert run(db, plugins, cfg).completions_new == 4
    assert fake.created == 1
    got = rows(db, "SELECT sent->>'batch_id', input_tokens, output_tokens, cost_usd FROM completions")
    assert {r[0] for r in got} == {"msgbatch_1"}
    assert all((r[1], r[2]) == (12, 5) for r in got)
    assert got[0][3] == pytest.approx((12 * 1.0 + 5 * 5.0) / 1e6 * 0.5)
    assert rows(db, "SELECT status FROM batches") == [("ended",)]


def test_a_failed_direct_generation_resumes_with_only_the_missing_requests(tmp_path, plugins, monkeypatch):
    """Without batch: completions are stored as they arrive, so a rerun pays only for the rest."""
    sent = []

    def server(request):
        body = json.loads(request.content)
        sent.append(body["messages"][0]["content"])
        if len(sent) == 2 and server.fail:
            return httpx2.Response(400, json={"error": {"message": "context length exceeded"}})
        return httpx2.Response(200, json=chat_completion(body["model"], ["x"] * body.get("n", 1)))

    server.fail = True
    use(monkeypatch, OpenAIModel, server)
    db = tmp_path / "d.duckdb"
    cfg = config("openai:gpt-4o-mini", "openai", samples=2)
    cfg.models["openai"] = {"concurrency": 1}
    with pytest.raises(ModelError, match="HTTP 400"):
        run(db, plugins, cfg)
    assert rows(db, "SELECT count(*) FROM completions") == [(2,)]  # the first prompt's n = 2 request
    server.fail = False
    summary = run(db, plugins, cfg)
    assert (summary.completions_new, summary.completions_cached) == (2, 2)
    assert len(sent) == 3 and sent[2] == sent[1]  # only the failed prompt was asked again
