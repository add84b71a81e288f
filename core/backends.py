"""What every API model backend shares: options, sampling capabilities, concurrency, retries, cost, batch.

A backend (plugins/models/openai, anthropic, llamacpp) subclasses `ApiModel` and says how one
request body is built (`body`), sent (`send`) and read (`answers`), and, for batch APIs, how a
batch is submitted, polled and collected. Everything else lives here, once.
"""

from __future__ import annotations

import concurrent.futures as cf
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from typing import Any, ClassVar

from attrs import define, field
from hpxeval import batching, retry
from hpxeval.keys import api_key, redact
from hpxeval.models import Model, ModelError
from hpxeval.prices import Price, lookup
from hpxeval.records import Completion, Request, sha256, stable_json
from hpxeval.store import completion_id

SAMPLING = ("temperature", "top_p", "top_k", "seed")
COMMON_OPTIONS: dict[str, tuple[type, ...]] = {
    "temperature": (int, float),
    "top_p": (int, float),
    "top_k": (int,),
    "seed": (int,),
    "max_tokens": (int,),
    "concurrency": (int,),
    "max_retries": (int,),
    "timeout": (int, float),
    "batch": (bool,),
    "poll_interval": (int, float),
    "prices": (dict,),
    "unsupported": (str,),
}
SECRET_OPTIONS = ("api_key", "key", "token", "password")


@define(frozen=True)
class Answer:
    """One choice of a response: its text, its share of the usage, and facts worth keeping in `sent`."""

    text: str
    input_tokens: int | None = None
    output_tokens: int | None = None
    details: dict[str, Any] = field(factory=dict)


def by_prompt(requests: Sequence[Request], n: int | None = None) -> list[list[Request]]:
    """The samples of each prompt together, in groups of at most n (all of them when n is None)."""
    found: dict[str, list[Request]] = {}
    for req in requests:
        found.setdefault(req.prompt.sha, []).append(req)
    return [reqs[i : i + (n or len(reqs))] for reqs in found.values() for i in range(0, len(reqs), n or len(reqs))]


def split_usage(total: int | None, n: int) -> list[int | None]:
    """A request's token count shared by its n choices (remainder on the first), so sums stay exact."""
    if total is None:
        return [None] * n
    share, rest = divmod(total, n)
    return [share + (rest if i == 0 else 0) for i in range(n)]


class ApiModel(Model):
    """A model behind an API; subclasses implement `body`, `send`, `answers` (and the batch trio)."""

    options_allowed: ClassVar[dict[str, tuple[type, ...]]] = {}
    default_concurrency: ClassVar[int] = 8
    max_batch: ClassVar[int] = 10_000
    key_env_default: ClassVar[str | None] = None  # the environment variable of the API key
    host: ClassVar[str] = "the server"  # named in "is MODEL a model of HOST?" hints
    sleep: ClassVar[Callable[[float], None]] = staticmethod(time.sleep)  # backoff and batch polling
    http_client: Any = None  # an httpx2.Client for the SDK (tests pass one with a MockTransport)

    def __init__(self, argument: str | None, options: dict[str, Any]):
        super().__init__(argument, options)
        if not argument:
            raise ModelError(f"{self.name} needs a model name: --model {self.name}:MODEL")
        check_options(self.name, options, {**COMMON_OPTIONS, **self.options_allowed})
        self.model_name = argument
        self.base_url: str | None = options.get("base_url")
        if self.base_url and urllib.parse.urlsplit(self.base_url).password:
            raise ModelError(f"[models.{self.name}] base_url: no credentials in URLs; use ${self.key_env}")
        self._client: Any = None
        self._key: str | None = None
        self.batch = bool(options.get("batch", False))
        self.concurrency = max(1, int(options.get("concurrency", self.default_concurrency)))
        self.policy = retry.RetryPolicy(
            attempts=max(1, int(options.get("max_retries", 5)) + 1), transient=self.transient_errors(), sleep=self.sleep
        )
        self.sampling = self._sampling(options)
        self.price = self._price()

    # -- what subclasses say -----------------------------------------------------------------
    def supported_sampling(self) -> dict[str, str]:
        """Sampling setting -> '' if this backend sends it, else the reason it cannot."""
        return {}

    def output_settings(self) -> dict[str, Any]:
        """Backend options that change the output (beyond sampling and max_tokens)."""
        return {}

    def transient_errors(self) -> tuple[type[BaseException], ...]:
        """Exception types that mean 'connection dropped, try again'."""
        return ()

    def group(self, requests: Sequence[Request]) -> list[list[Request]]:
        """How requests are sent: one per request unless the API answers several samples at once."""
        return [[r] for r in requests]

    def body(self, group: list[Request]) -> dict[str, Any]:
        raise NotImplementedError

    def send(self, body: dict[str, Any]) -> Any:
        raise NotImplementedError

    def answers(self, response: Any, n: int) -> list[Answer]:
        raise NotImplementedError

    def sent(self, body: dict[str, Any]) -> dict[str, Any]:
        """What is stored as `sent`: the body without the prompt text (the prompts table has it)."""
        return {k: v for k, v in body.items() if k not in ("messages", "input")}

    def make_client(self, key: str) -> Any:
        """The SDK client for a key, with the SDK's own retries off (retries are core/retry.py's)."""
        raise NotImplementedError

    # -- the client and its key --------------------------------------------------------------
    @property
    def key_env(self) -> str:
        return self.options.get("api_key_env", self.key_env_default)

    @property
    def client(self) -> Any:
        """The SDK client, made on first use: a fully cached rerun needs no key. A `base_url`
        server may need none."""
        if self._client is None:
            self._key = api_key(self.key_env, self.label, required=not self.base_url) or "no-key"
            self._client = self.make_client(self._key)
        return self._client

    # -- settings ----------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        found = {**self.sampling, "max_tokens": self.options.get("max_tokens"), **self.output_settings()}
        return {k: v for k, v in found.items() if v is not None}

    def _sampling(self, options: dict[str, Any]) -> dict[str, Any]:
        if options.get("unsupported", "warn") not in ("warn", "error"):
            raise ModelError(f"[models.{self.name}] unsupported = {options['unsupported']!r}: allowed: warn, error")
        supported = self.supported_sampling()
        kept = {}
        for key in SAMPLING:
            if options.get(key) is None:
                continue
            reason = supported.get(key, "not a setting of this backend")
            if reason == "":
                kept[key] = options[key]
            else:
                self.unsupported(key, reason)
        return kept

    def unsupported(self, key: str, reason: str) -> None:
        """A set option this backend cannot send: a note, or an error with `unsupported = "error"`."""
        message = f"{self.label}: {key} = {self.options[key]!r} is not sent ({reason})"
        if self.options.get("unsupported", "warn") == "error":
            raise ModelError(f"{message}; remove it or set [models.{self.name}] unsupported = 'warn'")
        self.note(message)

    def _price(self) -> Price | None:
        price = lookup(self.name, self.model_name, self.options.get("prices"))
        if price is None:
            self.note(
                f"{self.label}: no price known, cost_usd stays empty "
                f'(add [models.{self.name}.prices] "{self.model_name}" = {{ input = …, output = … }})'
            )
        return price

    # -- generation --------------------------------------------------------------------------
    def connect(self) -> None:
        """Make the SDK client (import, key lookup) before the first timed call."""
        self.client  # noqa: B018

    def generate(self, requests: Sequence[Request]) -> Iterator[Completion]:
        groups = self.group(requests)
        if not groups:
            return
        self.connect()
        if self.batch:
            yield from self._generate_batched(groups)
            return
        for completions in concurrently(self._complete, groups, self.concurrency):
            yield from completions

    def _complete(self, group: list[Request]) -> list[Completion]:
        body = self.body(group)
        start = time.monotonic()
        response = self.call(lambda: self.send(body))
        latency = time.monotonic() - start
        return self._completions(group, self.answers(response, len(group)), self.sent(body), latency, False)

    def call(self, fn: Callable[[], Any]) -> Any:
        """One API call with the retry policy; a call that fails for good becomes a ModelError."""
        try:
            return retry.call(fn, self.policy, on_retry=lambda m: self.note(f"{self.label}: {m}"))
        except retry.GaveUp as exc:
            raise ModelError(f"{self.label}: {self.explain(exc)}") from None

    def explain(self, exc: retry.GaveUp) -> str:
        """The one line shown for a failed call, with the key removed and a hint for 401 and 404."""
        text = redact(str(exc), self._key)
        if exc.status == 401:
            return f"{text} — check ${self.key_env}"
        if exc.status == 404:
            return f"{text} — is {self.model_name!r} a model of {self.base_url or self.host}?"
        if exc.status is None and isinstance(exc.__cause__, self.transient_errors()):
            return f"{text} — cannot reach {self.base_url or 'https://' + self.host} after {exc.attempts} attempt(s)"
        return text

    def _completions(
        self,
        group: Sequence[Request | None],
        answers: list[Answer],
        sent: dict[str, Any],
        latency: float | None,
        batch: bool,
    ) -> list[Completion]:
        if len(answers) < len(group):
            self.note(f"{self.label}: asked for {len(group)} choices, got {len(answers)}; the rest are asked again")
        done = []
        for i, (req, ans) in enumerate(zip(group, answers, strict=False)):
            if req is None:
                continue
            cost = self.price.cost(ans.input_tokens, ans.output_tokens, batch) if self.price else None
            record = {**sent, **({"choice": i} if len(group) > 1 else {}), **ans.details}
            done.append(Completion(req, ans.text, record, ans.input_tokens, ans.output_tokens, latency, cost))
        return done

    # -- batch -------------------------------------------------------------------------------
    def batch_submit(self, lines: list[tuple[str, dict[str, Any]]]) -> str:
        raise ModelError(f"{self.name} has no batch API; remove [models.{self.name}] batch = true")

    def batch_poll(self, batch_id: str) -> batching.BatchState:
        raise NotImplementedError

    def batch_results(self, batch_id: str) -> Iterator[batching.BatchResult]:
        raise NotImplementedError

    def _generate_batched(self, groups: list[list[Request]]) -> Iterator[Completion]:
        journal = self.journal if self.journal is not None else batching.MemoryJournal()
        settings = self.settings()
        settings_sha = sha256(stable_json(settings))
        ids = {r: completion_id(r.model, settings, r.prompt.sha, r.sample) for g in groups for r in g}
        work = batching.plan(groups, ids, journal.open_batches(self.label, settings_sha))
        for b in work.resume:
            self.note(f"{self.label}: resuming batch {b.batch_id} (submitted earlier, not yet collected)")
        for start in range(0, len(work.submit), self.max_batch):
            chunk = work.submit[start : start + self.max_batch]
            bodies = [(ids[g[0]], self.body(g)) for g in chunk]
            batch_id = self.call(lambda bodies=bodies: self.batch_submit(bodies))
            lines = {
                cid: batching.Line([ids[r] for r in g], self.sent(body))
                for g, (cid, body) in zip(chunk, bodies, strict=True)
            }
            journal.add_batch(batch_id, self.label, settings_sha, lines)
            self.note(f"{self.label}: submitted batch {batch_id} ({len(chunk)} requests)")
            work.resume.append(batching.OpenBatch(batch_id, lines))
        poll_s = float(self.options.get("poll_interval", 30))
        by_id = {cid: r for r, cid in ids.items()}
        for b in work.resume:
            state = batching.wait(self, b.batch_id, poll_s, self.note, self.policy.sleep)
            yield from self._collect(b, by_id)
            journal.close_batch(b.batch_id, state.status)

    def _collect(self, b: batching.OpenBatch, by_id: dict[str, Request]) -> Iterator[Completion]:
        """The completions of an ended batch; failed lines stay unanswered, so the next run asks again."""
        errors = []
        for result in self.call(lambda: list(self.batch_results(b.batch_id))):
            line = b.lines.get(result.custom_id)
            if line is None:
                continue
            if result.error is not None or result.response is None:
                errors.append(f"{result.custom_id[:12]}…: {result.error}")
                continue
            group = [by_id.get(c) for c in line.ids]
            answers = self.answers(result.response, len(line.ids))
            yield from self._completions(group, answers, {**line.sent, "batch_id": b.batch_id}, None, True)
        if errors:
            self.note(
                f"{self.label}: batch {b.batch_id}: {len(errors)} request(s) failed and are asked again "
                f"on the next run, e.g. {errors[0]}"
            )


def concurrently(fn: Callable[[Any], list[Any]], items: Sequence[Any], limit: int) -> Iterator[list[Any]]:
    """`fn(item)` for every item with at most `limit` running at once, yielding each result as it is ready.

    After a failure nothing new starts; the calls already running are still yielded (they are paid
    for), then the first failure is raised.
    """
    if limit <= 1:
        for item in items:
            yield fn(item)
        return
    pool = cf.ThreadPoolExecutor(max_workers=limit, thread_name_prefix="hpxeval-model")
    failure: BaseException | None = None
    try:
        futures = [pool.submit(fn, item) for item in items]
        for future in cf.as_completed(futures):
            if future.cancelled():
                continue
            exc = future.exception()
            if exc is None:
                yield future.result()
            elif failure is None:
                failure = exc
                for other in futures:
                    other.cancel()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if failure is not None:
        raise failure


def check_options(backend: str, options: dict[str, Any], allowed: dict[str, tuple[type, ...]]) -> None:
    """Unknown option keys, wrong types and secrets in the experiment file are errors naming the key."""
    for key, value in options.items():
        if key in SECRET_OPTIONS:
            raise ModelError(
                f"[models.{backend}] {key}: API keys are never read from experiment files "
                f"(they would be stored in the DuckDB file); set the environment variable instead"
            )
        if key not in allowed:
            raise ModelError(f"[models.{backend}] unknown option {key!r}; allowed: {', '.join(sorted(allowed))}")
        if value is not None and not _typed(value, allowed[key]):
            names = " or ".join(t.__name__ for t in allowed[key])
            raise ModelError(f"[models.{backend}] {key} = {value!r}: expected {names}")


def _typed(value: Any, types: tuple[type, ...]) -> bool:
    """isinstance, except that true and false are not numbers here."""
    return bool in types if isinstance(value, bool) else isinstance(value, types)
