"""OpenAI's Chat Completions wire format, for the loopback servers of the tests and the benchmarks.

One copy of what every fake model server writes: a completion body, a stream's ``data: {...}`` pieces ending in
``data: [DONE]``, JSON error bodies, a quiet request handler with those helpers, and a server answering on a free
127.0.0.1 port in a daemon thread. Each server (tests/llm, tests/batch, tests/hostile, bench/loopback.py) keeps
only its own behaviours.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

State = TypeVar("State")

SMALL_USAGE = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
# A draft of one paragraph backed by the example profile's first highlight, and a letter's usual usage.
DRAFT = {"paragraphs": [{"text": "I designed and built Loomcache, a distributed cache for training data written in "
                                 "Rust and Python.", "evidence": ["work[0].highlights[0]"]}]}
USAGE = {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140}
DONE = b"data: [DONE]\n\n"


def completion(text: str | None, *, model: str, id: str = "chatcmpl-test", usage: dict[str, int] | None = None,
               refusal: str | None = None, with_refusal: bool = True) -> dict[str, Any]:
    """A chat completion whose message is ``text`` (or a refusal)."""
    message: dict[str, Any] = {"role": "assistant", "content": None if refusal else text}
    if with_refusal:
        message["refusal"] = refusal
    return {"id": id, "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
            "usage": SMALL_USAGE if usage is None else usage}


def chunk(content: str | None, finish: str | None = None, *, model: str, id: str = "chatcmpl-test",
          usage: dict[str, int] | None = None) -> dict[str, Any]:
    """One piece of a stream: a piece of text, the finish reason, or (with ``usage``) the closing usage piece."""
    choices = [] if usage else [{"index": 0, "delta": {"content": content} if content is not None else {},
                                 "finish_reason": finish}]
    return {"id": id, "object": "chat.completion.chunk", "created": 0, "model": model, "choices": choices,
            **({"usage": usage} if usage else {})}


def sse(data: dict[str, Any]) -> bytes:
    """A server-sent event carrying ``data`` as JSON."""
    return b"data: " + json.dumps(data).encode() + b"\n\n"


def error_body(message: str, type_: str, code: str | None) -> bytes:
    """OpenAI's JSON error body."""
    return json.dumps({"error": {"message": message, "type": type_, "param": None, "code": code}}).encode()


def pieces(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of ``size`` characters (one empty piece for no text)."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing, with helpers for JSON answers and streams; ``self.server.state`` is
    the state object of ``serving``."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def read_json(self) -> dict[str, Any] | None:
        """The request's JSON body; None when there is none or it is not JSON."""
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None

    def send(self, status: int, body: bytes, content_type: str = "application/json",
             headers: dict[str, str] | None = None) -> None:
        """A whole answer with its length."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def start_stream(self) -> None:
        """The head of an event stream that ends when the connection closes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True


def start(handler: type[BaseHTTPRequestHandler], state: Any = None, *, poll_interval: float = 0.05
          ) -> ThreadingHTTPServer:
    """A server on a free 127.0.0.1 port answering in a daemon thread; ``state`` is reachable as ``server.state``."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    httpd.state = state  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": poll_interval}, daemon=True).start()
    return httpd


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler], make_state: Callable[[int], State], *,
            poll_interval: float = 0.05) -> Iterator[State]:
    """``make_state(port)`` while a server with it answers; the server is shut down afterwards."""
    httpd = start(handler, poll_interval=poll_interval)
    state = make_state(httpd.server_address[1])
    httpd.state = state  # type: ignore[attr-defined]
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
