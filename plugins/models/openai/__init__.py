"""The `openai` model: Chat Completions or Responses, on api.openai.com or any compatible server.

`openai:MODEL`, options in `[models.openai]` (docs/models.md). Reasoning models (o1, o3, o4,
gpt-5…) take `reasoning_effort` and `verbosity` and no temperature; sampling models take
temperature, top_p, seed and answer `n` samples of a prompt in one request (Chat Completions).
`base_url` points the backend at vLLM's `vllm serve`, llama.cpp's `llama-server` or any other
server that speaks the same API; the key is then optional.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator, Sequence
from typing import Any

from hpxeval.backends import Answer, ApiModel, by_prompt, split_usage
from hpxeval.batching import BatchResult, BatchState
from hpxeval.hookspecs import hookimpl
from hpxeval.models import ModelError
from hpxeval.records import Request

REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")
APIS = {"chat": "/v1/chat/completions", "responses": "/v1/responses"}
BATCH_ENDED = ("completed", "failed", "expired", "cancelled")


def is_reasoning(model: str) -> bool:
    """OpenAI's reasoning families (set `reasoning` explicitly for other names)."""
    base = model.rsplit("/", 1)[-1]
    return base.startswith(REASONING_PREFIXES) and "-chat" not in base


class OpenAIModel(ApiModel):
    name = "openai"
    description = "OpenAI Chat Completions or Responses; any OpenAI-compatible server via base_url"
    options_allowed = {
        "api": (str,),
        "base_url": (str,),
        "api_key_env": (str,),
        "reasoning": (bool,),
        "reasoning_effort": (str,),
        "verbosity": (str,),
        "n": (int,),
        "system": (str,),
        "extra_body": (dict,),
    }
    max_batch = 50_000
    key_env_default = "OPENAI_API_KEY"
    host = "api.openai.com"

    def __init__(self, argument: str | None, options: dict[str, Any]):
        self.api = options.get("api", "chat")
        self.reasoning = bool(options.get("reasoning", is_reasoning(argument or "")))
        super().__init__(argument, options)
        if self.api not in APIS:
            raise ModelError(f"[models.{self.name}] api = {self.api!r}: allowed: {', '.join(APIS)}")
        for key in ("reasoning_effort", "verbosity"):
            if options.get(key) is not None and not self.reasoning:
                self.unsupported(key, "a setting of reasoning models; set reasoning = true if this is one")
        self.n = max(1, int(options.get("n", 1 if self.reasoning else 8)))
        if self.api == "responses" and self.n > 1 and "n" in options:
            self.unsupported("n", "the Responses API answers one sample per request")
        if self.api == "responses":
            self.n = 1

    # -- capabilities and settings -------------------------------------------------------------
    def supported_sampling(self) -> dict[str, str]:
        no_top_k = "the OpenAI API has no top_k; servers that take one read it from extra_body"
        if self.reasoning:
            why = "reasoning models take no sampling settings; use reasoning_effort"
            return {"temperature": why, "top_p": why, "seed": why, "top_k": no_top_k}
        seed = "" if self.api == "chat" else "the Responses API has no seed"
        return {"temperature": "", "top_p": "", "seed": seed, "top_k": no_top_k}

    def output_settings(self) -> dict[str, Any]:
        found = {"api": self.api, "system": self.options.get("system"), "extra_body": self.options.get("extra_body")}
        if self.reasoning:
            found |= {k: self.options.get(k) for k in ("reasoning_effort", "verbosity")}
        if self.options.get("base_url"):  # the option, not self.base_url (llamacpp's changes per run)
            found["base_url"] = self.options["base_url"].rstrip("/")
        return found

    def transient_errors(self) -> tuple[type[BaseException], ...]:
        import openai

        return (openai.APIConnectionError,)

    # -- requests ------------------------------------------------------------------------------
    def group(self, requests: Sequence[Request]) -> list[list[Request]]:
        """Samples of one prompt share a request of up to `n` choices (Chat Completions)."""
        return by_prompt(requests, self.n)

    def body(self, group: list[Request]) -> dict[str, Any]:
        make = self._chat_body if self.api == "chat" else self._responses_body
        return make(group) | self.sampling | (self.options.get("extra_body") or {})

    def _chat_body(self, group: list[Request]) -> dict[str, Any]:
        opts, text = self.options, group[0].prompt.text
        body: dict[str, Any] = {"model": self.model_name, "messages": [{"role": "user", "content": text}]}
        if opts.get("system"):
            body["messages"].insert(0, {"role": "developer" if self.reasoning else "system", "content": opts["system"]})
        if len(group) > 1:
            body["n"] = len(group)
        if opts.get("max_tokens") is not None:
            body["max_completion_tokens"] = opts["max_tokens"]
        if self.reasoning:
            body |= {k: opts[k] for k in ("reasoning_effort", "verbosity") if opts.get(k) is not None}
        return body

    def _responses_body(self, group: list[Request]) -> dict[str, Any]:
        opts = self.options
        body: dict[str, Any] = {"model": self.model_name, "input": group[0].prompt.text, "store": False}
        if opts.get("system"):
            body["instructions"] = opts["system"]
        if opts.get("max_tokens") is not None:
            body["max_output_tokens"] = opts["max_tokens"]
        if self.reasoning and opts.get("reasoning_effort") is not None:
            body["reasoning"] = {"effort": opts["reasoning_effort"]}
        if self.reasoning and opts.get("verbosity") is not None:
            body["text"] = {"verbosity": opts["verbosity"]}
        return body

    def sent(self, body: dict[str, Any]) -> dict[str, Any]:
        found = super().sent(body)
        system = [m for m in body.get("messages", []) if m["role"] in ("system", "developer")]
        if system:
            found["system"] = system[0]["content"]
        return {"endpoint": APIS[self.api], **found}

    def make_client(self, key: str) -> Any:
        import openai

        timeout = float(self.options.get("timeout", 600))
        return openai.OpenAI(
            api_key=key, base_url=self.base_url, max_retries=0, timeout=timeout, http_client=self.http_client
        )

    def send(self, body: dict[str, Any]) -> Any:
        """One SDK call; keys the SDK method does not name (top_k, extra_body) travel as its extra_body."""
        create = self.client.chat.completions.create if self.api == "chat" else self.client.responses.create
        known = inspect.signature(create).parameters
        extra = {k: v for k, v in body.items() if k not in known}
        return create(**{k: v for k, v in body.items() if k in known}, extra_body=extra or None)

    def answers(self, response: Any, n: int) -> list[Answer]:
        if self.api == "chat":
            return chat_answers(response)
        return [responses_answer(response)]

    # -- Batch API -------------------------------------------------------------------------------
    def batch_submit(self, lines: list[tuple[str, dict[str, Any]]]) -> str:
        url = APIS[self.api]
        jsonl = "".join(
            json.dumps({"custom_id": cid, "method": "POST", "url": url, "body": body}) + "\n" for cid, body in lines
        )
        uploaded = self.client.files.create(file=("hpxeval-batch.jsonl", jsonl.encode()), purpose="batch")
        batch = self.client.batches.create(
            input_file_id=uploaded.id, endpoint=url, completion_window="24h", metadata={"client": "hpxeval"}
        )
        return batch.id

    def batch_poll(self, batch_id: str) -> BatchState:
        batch = self.client.batches.retrieve(batch_id)
        counts = batch.request_counts
        done = (counts.completed + counts.failed) if counts else 0
        return BatchState(batch.status, batch.status in BATCH_ENDED, done, counts.total if counts else 0)

    def batch_results(self, batch_id: str) -> Iterator[BatchResult]:
        batch = self.client.batches.retrieve(batch_id)
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                yield from self._result_lines(self.client.files.content(file_id).text)
        if batch.status == "failed" and batch.errors and batch.errors.data:
            self.note(f"{self.label}: batch {batch_id} failed: {batch.errors.data[0].message}")

    def _result_lines(self, text: str) -> Iterator[BatchResult]:
        import openai.types as t

        kind = t.chat.ChatCompletion if self.api == "chat" else t.responses.Response
        for line in text.splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            response, error = obj.get("response") or {}, obj.get("error")
            if error is None and response.get("status_code") == 200:
                yield BatchResult(obj["custom_id"], kind.model_validate(response["body"]))
            else:
                message = (error or (response.get("body") or {}).get("error") or {}).get("message")
                yield BatchResult(obj["custom_id"], error=f"HTTP {response.get('status_code')}: {message}")


def chat_answers(response: Any) -> list[Answer]:
    """One answer per choice; the request's usage is shared by its choices.

    Where every choice carries logprobs (llamacpp asks for them when n > 1, because llama-server
    reports the usage of one choice only), a choice's output tokens are its own, exactly.
    """
    choices = sorted(response.choices, key=lambda c: c.index)
    usage = response.usage
    n = len(choices)
    ins = split_usage(usage.prompt_tokens if usage else None, n)
    outs = split_usage(usage.completion_tokens if usage else None, n)
    counted = [len(c.logprobs.content) if c.logprobs and c.logprobs.content is not None else None for c in choices]
    if n > 1 and None not in counted:
        outs = counted
    details = getattr(usage, "completion_tokens_details", None)
    reasoning = getattr(details, "reasoning_tokens", None)
    found = []
    for choice, i, o in zip(choices, ins, outs, strict=True):
        facts: dict[str, Any] = {"finish_reason": choice.finish_reason}
        if n > 1 and usage is not None:
            facts["request_usage"] = {"input_tokens": usage.prompt_tokens, "output_tokens": usage.completion_tokens}
        if reasoning:
            facts["reasoning_tokens"] = reasoning if n == 1 else None
        found.append(Answer(choice.message.content or "", i, o, {k: v for k, v in facts.items() if v is not None}))
    return found


def responses_answer(response: Any) -> Answer:
    usage = response.usage
    facts: dict[str, Any] = {"status": response.status}
    if response.incomplete_details is not None:
        facts["incomplete"] = response.incomplete_details.reason
    details = getattr(usage, "output_tokens_details", None)
    if getattr(details, "reasoning_tokens", None):
        facts["reasoning_tokens"] = details.reasoning_tokens
    return Answer(
        response.output_text or "",
        usage.input_tokens if usage else None,
        usage.output_tokens if usage else None,
        facts,
    )


@hookimpl
def register_models(register):
    register(OpenAIModel)
