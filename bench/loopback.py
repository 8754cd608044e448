"""An OpenAI-compatible Chat Completions server on 127.0.0.1 that answers at once (streamed or not), for
measuring the tool's own overhead per letter. Start with ``serve()``; stop with the returned server's shutdown."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# a body the quality gate accepts (it names the role and the CV backs its claim), so a letter costs what a
# usable model reply costs, not that plus the offline writer's fallback
DRAFT = {"paragraphs": [{"text": "As a research intern in ML infrastructure I would build on Loomcache, a distributed "
                                 "cache for training data that I designed and built in Rust and Python.",
                         "evidence": ["work[0].highlights[0]"]}]}
USAGE = {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140}


def _chunk(data: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(data).encode() + b"\n\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        text = json.dumps(DRAFT)
        base = {"id": "chatcmpl-bench", "created": 0, "model": "bench"}
        if body.get("stream"):
            out = b"".join(
                _chunk({**base, "object": "chat.completion.chunk",
                        "choices": [{"index": 0, "delta": {"content": text[i:i + 16]}, "finish_reason": None}]})
                for i in range(0, len(text), 16))
            out += _chunk({**base, "object": "chat.completion.chunk",
                           "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            out += _chunk({**base, "object": "chat.completion.chunk", "choices": [], "usage": USAGE})
            out += b"data: [DONE]\n\n"
            self.send_response(200)  # the whole stream at once, with its length: the connection stays open
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)
            return
        payload = json.dumps({**base, "object": "chat.completion", "usage": USAGE, "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def serve() -> ThreadingHTTPServer:
    """The server, listening on a free loopback port, answering in a daemon thread."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd
