"""An OpenAI-compatible Chat Completions server on 127.0.0.1 that answers at once (streamed or not), for
measuring the tool's own overhead per letter. Start with ``serve()``; stop with the returned server's shutdown.

The wire format is the tests' (tests/wire.py); a benchmark changes the reply by subclassing ``Instant``.
"""

from __future__ import annotations

import json
import sys
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from wire import DONE, USAGE, QuietHandler, chunk, completion, pieces, sse, start

# a body the quality gate accepts (it names the role and the CV backs its claim), so a letter costs what a
# usable model reply costs, not that plus the offline writer's fallback
DRAFT = {"paragraphs": [{"text": "As a research intern in ML infrastructure I would build on Loomcache, a distributed "
                                 "cache for training data that I designed and built in Rust and Python.",
                         "evidence": ["work[0].highlights[0]"]}]}


class Instant(QuietHandler):
    """Answers every chat request at once with ``reply``, whole or streamed in pieces of ``piece`` characters,
    and notes when each request arrived. A stream is sent whole with its length, so the connection stays open."""

    reply = json.dumps(DRAFT)
    piece = 16
    model = "bench"
    id = "chatcmpl-bench"
    arrivals: ClassVar[list[float]] = []

    def do_POST(self) -> None:
        self.arrivals.append(time.monotonic())  # the request line has just been read
        body = self.read_json() or {}
        if body.get("stream"):
            out = b"".join(sse(chunk(text, model=self.model, id=self.id)) for text in pieces(self.reply, self.piece))
            out += sse(chunk(None, "stop", model=self.model, id=self.id))
            out += sse(chunk(None, model=self.model, id=self.id, usage=USAGE)) + DONE
            self.send(200, out, "text/event-stream")
            return
        reply = completion(self.reply, model=self.model, id=self.id, usage=USAGE, with_refusal=False)
        self.send(200, json.dumps(reply).encode())


def serve(handler: type[Instant] = Instant) -> ThreadingHTTPServer:
    """The server, listening on a free loopback port, answering in a daemon thread."""
    return start(handler)
