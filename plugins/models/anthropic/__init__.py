"""The `anthropic` model: the Messages API (and Message Batches), with extended thinking.

`anthropic:MODEL`, options in `[models.anthropic]` (docs/models.md). The current SDK (2.x) has no
temperature, top_p or top_k and answers one sample per request: those settings are reported as
not sent (or refused with `unsupported = "error"`), and `sent` records what went out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hpxeval.backends import Answer, ApiModel
from hpxeval.batching import BatchResult, BatchState
from hpxeval.hookspecs import hookimpl
from hpxeval.models import ModelError

DEFAULT_MAX_TOKENS = 4096
NO_SAMPLING = "the Anthropic SDK 2.x Messages API has no {key}"


class AnthropicModel(ApiModel):
    name = "anthropic"
    description = "Anthropic Messages and Message Batches, with a thinking budget"
    options_allowed = {
        "base_url": (str,),
        "api_key_env": (str,),
        "thinking_budget": (int,),
        "effort": (str,),
        "system": (str,),
    }
    max_batch = 100_000
    default_concurrency = 4
    key_env_default = "ANTHROPIC_API_KEY"
    host = "api.anthropic.com"

    def __init__(self, argument: str | None, options: dict[str, Any]):
        super().__init__(argument, options)
        budget = options.get("thinking_budget")
        if budget is not None and budget < 1024:
            raise ModelError(f"[models.{self.name}] thinking_budget = {budget}: the API needs at least 1024 tokens")
        self.max_tokens = options.get("max_tokens") or (DEFAULT_MAX_TOKENS + (budget or 0))
        if budget is not None and self.max_tokens <= budget:
            raise ModelError(
                f"[models.{self.name}] max_tokens = {self.max_tokens} must exceed thinking_budget = {budget} "
                "(thinking tokens count toward max_tokens)"
            )

    def supported_sampling(self) -> dict[str, str]:
        found = {k: NO_SAMPLING.format(key=k) for k in ("temperature", "top_p", "top_k")}
        return found | {"seed": "the Messages API has no seed"}

    def output_settings(self) -> dict[str, Any]:
        found = {k: self.options.get(k) for k in ("thinking_budget", "effort", "system")}
        found["max_tokens"] = self.max_tokens
        if self.base_url:
            found["base_url"] = self.base_url.rstrip("/")
        return found

    def transient_errors(self) -> tuple[type[BaseException], ...]:
        import anthropic

        return (anthropic.APIConnectionError,)

    def body(self, group: list[Any]) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model_name,
            "max_tokens": self.max_tokens,
            "messages": [{"role": "user", "content": group[0].prompt.text}],
        }
        if self.options.get("system"):
            body["system"] = self.options["system"]
        if self.options.get("thinking_budget") is not None:
            body["thinking"] = {"type": "enabled", "budget_tokens": self.options["thinking_budget"]}
        if self.options.get("effort") is not None:
            body["output_config"] = {"effort": self.options["effort"]}
        return body

    def sent(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"endpoint": "/v1/messages", **super().sent(body)}

    def make_client(self, key: str) -> Any:
        import anthropic

        timeout = float(self.options.get("timeout", 600))
        return anthropic.Anthropic(
            api_key=key, base_url=self.base_url, max_retries=0, timeout=timeout, http_client=self.http_client
        )

    def send(self, body: dict[str, Any]) -> Any:
        return self.client.messages.create(**body)

    def answers(self, response: Any, n: int) -> list[Answer]:
        text = "".join(block.text for block in response.content if block.type == "text")
        facts: dict[str, Any] = {"stop_reason": response.stop_reason}
        thinking = [b for b in response.content if b.type in ("thinking", "redacted_thinking")]
        if thinking:
            facts["thinking_blocks"] = len(thinking)
        usage = response.usage
        return [Answer(text, usage.input_tokens if usage else None, usage.output_tokens if usage else None, facts)]

    # -- Message Batches -------------------------------------------------------------------------
    def batch_submit(self, lines: list[tuple[str, dict[str, Any]]]) -> str:
        batch = self.client.messages.batches.create(requests=[{"custom_id": c, "params": b} for c, b in lines])
        return batch.id

    def batch_poll(self, batch_id: str) -> BatchState:
        batch = self.client.messages.batches.retrieve(batch_id)
        c = batch.request_counts
        total = c.processing + c.succeeded + c.errored + c.canceled + c.expired
        return BatchState(batch.processing_status, batch.processing_status == "ended", total - c.processing, total)

    def batch_results(self, batch_id: str) -> Iterator[BatchResult]:
        for line in self.client.messages.batches.results(batch_id):
            result = line.result
            if result.type == "succeeded":
                yield BatchResult(line.custom_id, result.message)
            elif result.type == "errored":
                yield BatchResult(line.custom_id, error=result.error.error.message)
            else:
                yield BatchResult(line.custom_id, error=result.type)


@hookimpl
def register_models(register):
    register(AnthropicModel)
