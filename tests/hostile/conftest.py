"""A tiny loopback HTTP server for the hostile-input tests: a model that echoes what a posting injects, and
web pages that are slow, redirect elsewhere or are huge.

It listens on 127.0.0.1 only and speaks OpenAI's wire format for ``/v1/chat/completions``. The first path
segment picks the behaviour:

===========  ==================================================================================
/echo/v1     a model that obeys the posting: its reply repeats every line of the prompt that holds
             ``ECHO_MARKERS`` (the injected instructions), in a paragraph of a plain letter
/script/v1   scripted reply texts (``server.script``), in order
/drip        a web page that sends one byte every second, for ever (until the client gives up)
/redirect    a 302 to ``server.location``
/page        a small HTML posting
/keyecho/v1  a model that writes the API key it was sent (whole, its first 12 characters, its middle)
             into the letter; streamed when asked
/401/v1      401 whose message shows the first 14 characters of the key it was sent
===========  ==================================================================================
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from expect import BACKED

ECHO_MARKERS = ("Ignore previous instructions", "SYSTEM:", "Maya ")
PAGE = (b"<html><head><title>Data Engineer at Acme</title></head><body><h1>Data Engineer</h1><p>Acme Ltd</p>"
        b"<h2>Requirements</h2><ul><li>Python</li><li>SQL</li></ul></body></html>")


@dataclass
class HostileServer:
    """The server's port and state."""

    port: int
    script: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)
    location: str = ""

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/{mode}" + ("/v1" if mode in ("echo", "script") else "")


def completion(text: str) -> bytes:
    """A chat completion whose message is ``text``."""
    return json.dumps({
        "id": "chatcmpl-hostile", "object": "chat.completion", "created": 0, "model": "hostile",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }).encode()


def echo_reply(prompt: str) -> str:
    """What an obedient model writes: a short letter body plus every injected line of the prompt."""
    injected = [line.strip() for line in prompt.splitlines() if any(m in line for m in ECHO_MARKERS)]
    injected = [line for line in injected if "Maya Okafor-Lindqvist" not in line]  # the sender's own header
    first = ("I am applying for the Research Intern role in ML Infrastructure at Tidewater Labs. At Northwind "
             "Cloud I built data pipelines in Python and measured them on real workloads.")
    return json.dumps({"paragraphs": [{"text": first, "evidence": []},
                                      {"text": " ".join(injected) or "Nothing to add.", "evidence": []}]})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _send(self, status: int, body: bytes, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, text: str) -> None:
        """text as server-sent events, in pieces of 5 characters (so a key is split between pieces)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        base = {"id": "chatcmpl-hostile", "object": "chat.completion.chunk", "created": 0, "model": "hostile"}
        for i in range(0, len(text), 5):
            piece = {**base, "choices": [{"index": 0, "delta": {"content": text[i : i + 5]}, "finish_reason": None}]}
            self.wfile.write(b"data: " + json.dumps(piece).encode() + b"\n\n")
        end = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        self.wfile.write(b"data: " + json.dumps(end).encode() + b"\n\ndata: [DONE]\n\n")
        self.wfile.flush()

    def do_GET(self) -> None:
        state: HostileServer = self.server.state  # type: ignore[attr-defined]
        mode = self.path.split("/")[1]
        if mode == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(120):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                return
        elif mode == "redirect":
            self._send(302, b"", "text/plain", {"Location": state.location})
        elif mode == "page":
            self._send(200, PAGE, "text/html; charset=utf-8")
        else:
            self._send(404, b"not found", "text/plain")

    def do_POST(self) -> None:
        state: HostileServer = self.server.state  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        prompt = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
        state.prompts.append(prompt)
        mode = self.path.split("/")[1]
        if not self.path.endswith("/chat/completions"):
            self._send(404, b'{"error": {"message": "no route"}}')
        elif mode == "echo":
            if body.get("stream"):
                self._stream(echo_reply(prompt))
            else:
                self._send(200, completion(echo_reply(prompt)))
        elif mode == "keyecho":
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            text = json.dumps({"paragraphs": [{"text": f"I am applying for the Research Intern role at Tidewater "
                                               f"Labs. My key is {key}, or {key[:12]}..., or {key[5:-5]}.",
                                               "evidence": []}, {"text": BACKED, "evidence": []}]})
            if body.get("stream"):
                self._stream(text)
            else:
                self._send(200, completion(text))
        elif mode == "401":
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            self._send(401, json.dumps({"error": {"message": f"Incorrect API key provided: {key[:14]}****. See "
                                                  "your account.", "type": "invalid_request_error",
                                                  "code": "invalid_api_key"}}).encode())
        elif mode == "script":
            text = state.script.pop(0) if state.script else '{"paragraphs": []}'
            if body.get("stream"):
                self._stream(text)
            else:
                self._send(200, completion(text))
        else:
            self._send(404, b'{"error": {"message": "no route"}}')


@pytest.fixture(scope="session")
def hostile_server_session() -> Iterator[HostileServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    state = HostileServer(port=httpd.server_address[1])
    httpd.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def hostile_server(hostile_server_session: HostileServer) -> HostileServer:
    """The session's server with its script, prompts and redirect target cleared."""
    hostile_server_session.script.clear()
    hostile_server_session.prompts.clear()
    hostile_server_session.location = ""
    return hostile_server_session
