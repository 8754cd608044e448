"""A loopback OpenAI-compatible server of the batch tests' own: Chat Completions on 127.0.0.1, streamed (SSE,
``data: ...`` ending in ``data: [DONE]``) or not, JSON error bodies, each request's start and end recorded so a
test can see how many ran at once; ``rate_limit_first`` answers the first request 429 with ``Retry-After``."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from wire import DONE, DRAFT, USAGE, QuietHandler, chunk, completion, error_body, pieces, serving, sse

MODEL, ID = "gpt-4o-mini", "chatcmpl-batch"


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


class _Handler(QuietHandler):
    def do_POST(self) -> None:
        state: LoopbackServer = self.server.state  # type: ignore[attr-defined]
        body = self.read_json() or {}
        call = Call(time.monotonic())
        with state.lock:
            first = not state.calls
            state.calls.append(call)
            state.active += 1
            state.most_at_once = max(state.most_at_once, state.active)
        try:
            if first and state.rate_limit_first is not None:
                call.status = 429
                self.send(429, error_body("Rate limit reached for requests", "requests", "rate_limit_exceeded"),
                          headers={"Retry-After": f"{state.rate_limit_first:g}"})
                return
            time.sleep(state.delay)
            if body.get("stream"):
                self._stream()
            else:
                self.send(200, json.dumps(completion(json.dumps(DRAFT), model=MODEL, id=ID, usage=USAGE)).encode())
        finally:
            with state.lock:
                state.active -= 1
                call.end = time.monotonic()

    def _stream(self) -> None:
        self.start_stream()
        for piece in pieces(json.dumps(DRAFT), 16):
            self.wfile.write(sse(chunk(piece, model=MODEL, id=ID)))
        end = chunk(None, "stop", model=MODEL, id=ID)
        self.wfile.write(sse(end) + sse(chunk(None, model=MODEL, id=ID, usage=USAGE)) + DONE)
        self.wfile.flush()


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    with serving(_Handler, LoopbackServer) as state:
        yield state
