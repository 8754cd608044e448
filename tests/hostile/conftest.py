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
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from expect import BACKED

from wire import DONE, QuietHandler, chunk, completion, pieces, serving, sse

MODEL, ID = "hostile", "chatcmpl-hostile"
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


def _completion(text: str) -> bytes:
    """A chat completion whose message is ``text``."""
    return json.dumps(completion(text, model=MODEL, id=ID, with_refusal=False)).encode()


def echo_reply(prompt: str) -> str:
    """What an obedient model writes: a short letter body plus every injected line of the prompt."""
    injected = [line.strip() for line in prompt.splitlines() if any(m in line for m in ECHO_MARKERS)]
    injected = [line for line in injected if "Maya Okafor-Lindqvist" not in line]  # the sender's own header
    first = ("I am applying for the Research Intern role in ML Infrastructure at Tidewater Labs. At Northwind "
             "Cloud I built data pipelines in Python and measured them on real workloads.")
    return json.dumps({"paragraphs": [{"text": first, "evidence": []},
                                      {"text": " ".join(injected) or "Nothing to add.", "evidence": []}]})


class _Handler(QuietHandler):
    def _stream(self, text: str) -> None:
        """text as server-sent events, in pieces of 5 characters (so a key is split between pieces)."""
        self.start_stream()
        for piece in pieces(text, 5):
            self.wfile.write(sse(chunk(piece, model=MODEL, id=ID)))
        self.wfile.write(sse(chunk(None, "stop", model=MODEL, id=ID)) + DONE)
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
            self.send(302, b"", "text/plain", {"Location": state.location})
        elif mode == "page":
            self.send(200, PAGE, "text/html; charset=utf-8")
        else:
            self.send(404, b"not found", "text/plain")

    def do_POST(self) -> None:
        state: HostileServer = self.server.state  # type: ignore[attr-defined]
        body = self.read_json() or {}
        prompt = "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
        state.prompts.append(prompt)
        mode = self.path.split("/")[1]
        if not self.path.endswith("/chat/completions"):
            self.send(404, b'{"error": {"message": "no route"}}')
        elif mode == "echo":
            if body.get("stream"):
                self._stream(echo_reply(prompt))
            else:
                self.send(200, _completion(echo_reply(prompt)))
        elif mode == "keyecho":
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            text = json.dumps({"paragraphs": [{"text": f"I am applying for the Research Intern role at Tidewater "
                                               f"Labs. My key is {key}, or {key[:12]}..., or {key[5:-5]}.",
                                               "evidence": []}, {"text": BACKED, "evidence": []}]})
            if body.get("stream"):
                self._stream(text)
            else:
                self.send(200, _completion(text))
        elif mode == "401":
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            self.send(401, json.dumps({"error": {"message": f"Incorrect API key provided: {key[:14]}****. See "
                                                  "your account.", "type": "invalid_request_error",
                                                  "code": "invalid_api_key"}}).encode())
        elif mode == "script":
            text = state.script.pop(0) if state.script else '{"paragraphs": []}'
            if body.get("stream"):
                self._stream(text)
            else:
                self.send(200, _completion(text))
        else:
            self.send(404, b'{"error": {"message": "no route"}}')


@pytest.fixture(scope="session")
def hostile_server_session() -> Iterator[HostileServer]:
    with serving(_Handler, HostileServer, poll_interval=0.1) as state:
        yield state


@pytest.fixture
def hostile_server(hostile_server_session: HostileServer) -> HostileServer:
    """The session's server with its script, prompts and redirect target cleared."""
    hostile_server_session.script.clear()
    hostile_server_session.prompts.clear()
    hostile_server_session.location = ""
    return hostile_server_session
