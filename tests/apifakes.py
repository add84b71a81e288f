"""Fake provider endpoints for the SDKs' own transport hook (`httpx2.MockTransport`).

They stand in only for what cannot exist on 127.0.0.1: api.openai.com and api.anthropic.com
(rate limits, 5xx, their Batch APIs). Real generation runs against llama-server in
tests/test_llama_server.py.
"""

from __future__ import annotations

import json
import re
import threading
import time

import httpx2
from attrs import define, field


def chat_completion(model: str, texts: list[str], prompt_tokens: int = 10, completion_tokens: int = 7) -> dict:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {"index": i, "message": {"role": "assistant", "content": t}, "finish_reason": "stop"}
            for i, t in enumerate(texts)
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def message(model: str, text: str, input_tokens: int = 12, output_tokens: int = 5) -> dict:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }


@define
class Script:
    """Replies in order (status, headers, json); the last one repeats. Records every request."""

    replies: list[tuple[int, dict, dict]]
    requests: list[httpx2.Request] = field(factory=list)
    times: list[float] = field(factory=list)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        self.times.append(time.monotonic())
        status, headers, body = self.replies[min(len(self.requests) - 1, len(self.replies) - 1)]
        return httpx2.Response(status, headers=headers, json=body)


@define
class Concurrency:
    """Answers chat completions after a pause, counting how many requests are in flight at once."""

    pause_s: float = 0.05
    now: int = 0
    peak: int = 0
    lock: threading.Lock = field(factory=threading.Lock)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(self.pause_s)
        with self.lock:
            self.now -= 1
        body = json.loads(request.content)
        return httpx2.Response(200, json=chat_completion(body["model"], ["x"] * body.get("n", 1)))


@define
class OpenAIBatches:
    """The OpenAI Files + Batch endpoints: upload, create, poll (in_progress, then completed), download."""

    polls_until_done: int = 1
    fail_lines: int = 0  # the first lines of each batch that fail (HTTP 400 in the output file)
    files: dict[str, str] = field(factory=dict)
    batches: dict[str, dict] = field(factory=dict)
    polls: int = 0
    created: int = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if request.method == "POST" and path == "/v1/files":
            lines = [m for m in re.findall(rb'\{"custom_id".*', request.content)]
            fid = f"file-in-{len(self.files)}"
            self.files[fid] = b"\n".join(lines).decode()
            return httpx2.Response(200, json=self._file(fid))
        if request.method == "POST" and path == "/v1/batches":
            self.created += 1
            body = json.loads(request.content)
            bid = f"batch_{self.created}"
            self.batches[bid] = {
                "id": bid,
                "object": "batch",
                "endpoint": body["endpoint"],
                "input_file_id": body["input_file_id"],
                "completion_window": "24h",
                "created_at": 0,
                "status": "validating",
            }
            return httpx2.Response(200, json=self.batches[bid])
        if request.method == "GET" and path.startswith("/v1/batches/"):
            return httpx2.Response(200, json=self._poll(path.rsplit("/", 1)[1]))
        if request.method == "GET" and path.endswith("/content"):
            return httpx2.Response(200, content=self.files[path.split("/")[3]].encode())
        return httpx2.Response(404, json={"error": {"message": f"no route {request.method} {path}"}})

    def _file(self, fid: str) -> dict:
        return {
            "id": fid,
            "object": "file",
            "bytes": len(self.files[fid]),
            "created_at": 0,
            "filename": "hpxeval-batch.jsonl",
            "purpose": "batch",
            "status": "processed",
        }

    def _poll(self, bid: str) -> dict:
        batch = self.batches[bid]
        self.polls += 1
        lines = [json.loads(line) for line in self.files[batch["input_file_id"]].splitlines()]
        total = len(lines)
        if self.polls <= self.polls_until_done:
            counts = {"total": total, "completed": 0, "failed": 0}
            return batch | {"status": "in_progress", "request_counts": counts}
        out = []
        for number, line in enumerate(lines):
            cid, body = line["custom_id"], line["body"]
            if number < self.fail_lines:
                response = {"status_code": 400, "body": {"error": {"message": "context too long"}}}
            else:
                texts = [f"answer {cid[:6]} {i}" for i in range(body.get("n", 1))]
                response = {"status_code": 200, "body": chat_completion(body["model"], texts)}
            out.append(json.dumps({"id": "r", "custom_id": cid, "response": response, "error": None}))
        self.files[f"file-out-{bid}"] = "\n".join(out)
        failed = min(self.fail_lines, total)
        counts = {"total": total, "completed": total - failed, "failed": failed}
        return batch | {"status": "completed", "output_file_id": f"file-out-{bid}", "request_counts": counts}


@define
class AnthropicBatches:
    """The Message Batches endpoints: create, poll (in_progress, then ended), results JSONL."""

    polls_until_done: int = 1
    requests: dict[str, list[dict]] = field(factory=dict)
    polls: int = 0
    created: int = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if request.method == "POST" and path == "/v1/messages/batches":
            self.created += 1
            bid = f"msgbatch_{self.created}"
            self.requests[bid] = json.loads(request.content)["requests"]
            return httpx2.Response(200, json=self._batch(bid, ended=False))
        if request.method == "GET" and path.endswith("/results"):
            bid = path.split("/")[-2]
            lines = [
                json.dumps(
                    {
                        "custom_id": r["custom_id"],
                        "result": {"type": "succeeded", "message": message(r["params"]["model"], f"batch {i}")},
                    }
                )
                for i, r in enumerate(self.requests[bid])
            ]
            return httpx2.Response(200, content="\n".join(lines).encode())
        if request.method == "GET" and path.startswith("/v1/messages/batches/"):
            self.polls += 1
            return httpx2.Response(200, json=self._batch(path.rsplit("/", 1)[1], self.polls > self.polls_until_done))
        return httpx2.Response(404, json={"type": "error", "error": {"type": "not_found_error", "message": path}})

    def _batch(self, bid: str, ended: bool) -> dict:
        n = len(self.requests[bid])
        return {
            "id": bid,
            "type": "message_batch",
            "processing_status": "ended" if ended else "in_progress",
            "request_counts": {
                "processing": 0 if ended else n,
                "succeeded": n if ended else 0,
                "errored": 0,
                "canceled": 0,
                "expired": 0,
            },
            "created_at": "2025-01-01T00:00:00Z",
            "expires_at": "2025-01-02T00:00:00Z",
            "results_url": f"https://api.anthropic.com/v1/messages/batches/{bid}/results" if ended else None,
        }
