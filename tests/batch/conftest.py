"""A loopback OpenAI-compatible server of the batch tests' own: Chat Completions on 127.0.0.1, streamed (SSE,
``data: ...`` ending in ``data: [DONE]``) or not, JSON error bodies, each request's start and end recorded so a
test can see how many ran at once; ``rate_limit_first`` answers the first request 429 with ``Retry-After``."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

DRAFT = {"paragraphs": [{"text": "I designed and built Loomcache, a distributed cache for training data written in "
                                 "Rust and Python.", "evidence": ["work[0].highlights[0]"]}]}
USAGE = {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140}


@dataclass
class Call:
    start: float
    end: float = 0.0
    status: int = 200


@dataclass
class LoopbackServer:
    port: int
    delay: float = 0.3
    rate_limit_first: float | None = None  # Retry-After seconds for the first chat request
    calls: list[Call] = field(default_factory=list)
    active: int = 0
    most_at_once: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def _completion() -> dict[str, Any]:
    return {"id": "chatcmpl-batch", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": json.dumps(DRAFT), "refusal": None}}],
            "usage": USAGE}


def _chunk(content: str | None, finish: str | None = None, usage: dict | None = None) -> bytes:
    choices = [] if usage else [{"index": 0, "delta": {"content": content} if content else {}, "finish_reason": finish}]
    data = {"id": "chatcmpl-batch", "object": "chat.completion.chunk", "created": 0, "model": "gpt-4o-mini",
            "choices": choices, **({"usage": usage} if usage else {})}
    return b"data: " + json.dumps(data).encode() + b"\n\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        state: LoopbackServer = self.server.state  # type: ignore[attr-defined]
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        call = Call(time.monotonic())
        with state.lock:
            first = not state.calls
            state.calls.append(call)
            state.active += 1
            state.most_at_once = max(state.most_at_once, state.active)
        try:
            if first and state.rate_limit_first is not None:
                call.status = 429
                self._json(429, {"error": {"message": "Rate limit reached for requests", "type": "requests",
                                           "param": None, "code": "rate_limit_exceeded"}},
                           {"Retry-After": f"{state.rate_limit_first:g}"})
                return
            time.sleep(state.delay)
            if body.get("stream"):
                self._stream()
            else:
                self._json(200, _completion())
        finally:
            with state.lock:
                state.active -= 1
                call.end = time.monotonic()

    def _json(self, status: int, data: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)

    def _stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        text = json.dumps(DRAFT)
        for start in range(0, len(text), 16):
            self.wfile.write(_chunk(text[start:start + 16]))
        self.wfile.write(_chunk(None, "stop") + _chunk(None, usage=USAGE) + b"data: [DONE]\n\n")
        self.wfile.flush()


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    state = LoopbackServer(port=httpd.server_address[1])
    httpd.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
