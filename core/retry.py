"""Retries with exponential backoff on 429, 5xx and dropped connections, honouring retry-after."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define, field

T = TypeVar("T")
RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 529})


@define(frozen=True)
class RetryPolicy:
    """How often and how long to retry; `transient` are exception types that mean 'try again'."""

    attempts: int = 6
    base_s: float = 1.0
    cap_s: float = 60.0
    transient: tuple[type[BaseException], ...] = ()
    statuses: frozenset[int] = RETRY_STATUSES
    sleep: Callable[[float], None] = field(default=time.sleep, eq=False, repr=False)

    def delay(self, attempt: int, headers: Mapping[str, str] | None) -> float:
        """Seconds to wait before attempt `attempt + 1`: the server's retry-after, else backoff with jitter."""
        told = retry_after(headers or {})
        if told is not None:
            return min(told, self.cap_s * 10)
        return min(self.cap_s, self.base_s * 2**attempt) * (0.5 + random.random() / 2)


class GaveUp(Exception):
    """A call that failed for good: not retryable, or out of attempts (the last error is `__cause__`)."""

    def __init__(self, message: str, status: int | None, attempts: int):
        super().__init__(message)
        self.status, self.attempts = status, attempts


def status_of(exc: BaseException) -> int | None:
    """The HTTP status of an SDK error (openai, anthropic: `.status_code`), if it has one."""
    status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def headers_of(exc: BaseException) -> Mapping[str, str]:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    return headers if headers is not None else {}


def retry_after(headers: Mapping[str, str]) -> float | None:
    """`retry-after-ms`, or `retry-after` in seconds or as an HTTP date; None when absent or unreadable."""
    lowered = {k.lower(): v for k, v in headers.items()}
    if "retry-after-ms" in lowered:
        try:
            return max(0.0, float(lowered["retry-after-ms"]) / 1000)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def call(fn: Callable[[], T], policy: RetryPolicy, on_retry: Callable[[str], Any] | None = None) -> T:
    """`fn()`, retried on retryable failures; raises GaveUp (with the last error as its cause)."""
    for attempt in range(policy.attempts):
        try:
            return fn()
        except Exception as exc:
            status = status_of(exc)
            retryable = status in policy.statuses if status is not None else isinstance(exc, policy.transient)
            last = attempt == policy.attempts - 1
            if not retryable or last:
                what = f"HTTP {status}" if status is not None else type(exc).__name__
                tried = f" after {attempt + 1} attempts" if retryable else ""
                raise GaveUp(f"{what}{tried}: {exc}", status, attempt + 1) from exc
            wait = policy.delay(attempt, headers_of(exc))
            if on_retry is not None:
                on_retry(f"{status or type(exc).__name__}; retrying in {wait:.1f} s ({attempt + 1}/{policy.attempts})")
            policy.sleep(wait)
    raise AssertionError("unreachable: attempts must be >= 1")
