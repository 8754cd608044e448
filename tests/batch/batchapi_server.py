"""A loopback server of the tests' own for OpenAI's Batch API, in its wire format (as the openai SDK calls it):

* ``POST /v1/files`` (multipart/form-data: ``purpose`` and ``file``) -> a file object;
* ``POST /v1/batches`` (JSON: ``input_file_id``, ``endpoint``, ``completion_window``) -> a batch object;
* ``GET /v1/batches/{id}`` -> the batch, one state further at each call (validating, in_progress, finalizing,
  completed) unless ``hold`` is set; on completing, each request line of the input file is checked (method,
  url, body) and answered in the output file (``custom_id``, ``response.status_code``, ``response.body``: a
  chat completion), or in the error file for the lines in ``fail``;
* ``GET /v1/files/{id}/content`` -> the file's bytes;
* ``POST /v1/chat/completions`` -> a live chat completion (a revision).
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

USAGE = {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140}
# names the role (the quality gate wants the letter on topic) and backs its claim with the CV's first highlight
DRAFT = {"paragraphs": [{"text": "As a Research Intern I would build on Loomcache, a distributed cache for training "
                                 "data that I designed and built in Rust and Python.",
                         "evidence": ["work[0].highlights[0]"]}]}
STATES = ("validating", "in_progress", "finalizing", "completed")


def completion(model: str) -> dict[str, Any]:
    return {"id": "chatcmpl-b", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": json.dumps(DRAFT), "refusal": None}}],
            "usage": USAGE}


@dataclass
class BatchAPIServer:
    port: int
    hold: bool = False  # batches stop at in_progress
    fail: set[int] = field(default_factory=set)  # request lines (0-based) answered in the error file
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)  # every request line of every input file
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def count(self, method: str, prefix: str) -> int:
        return sum(1 for m, path in self.calls if m == method and path.startswith(prefix))

    def add_file(self, name: str, data: bytes, purpose: str) -> dict[str, Any]:
        with self.lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                                   "filename": name, "purpose": purpose, "status": "processed", "data": data}
        return self.files[file_id]

    def advance(self, batch: dict[str, Any]) -> None:
        """One state further; on completing, answer every request line."""
        if batch["status"] == "completed" or (self.hold and batch["status"] == "in_progress"):
            return
        batch["status"] = STATES[STATES.index(batch["status"]) + 1]
        if batch["status"] != "completed":
            return
        lines = [json.loads(line) for line in self.files[batch["input_file_id"]]["data"].decode().splitlines()]
        out, errors = [], []
        for number, line in enumerate(lines):
            assert line["method"] == "POST" and line["url"] == batch["endpoint"] == "/v1/chat/completions", line
            assert line["body"]["messages"] and line["body"]["model"], line
            self.requests.append(line)
            if number in self.fail:
                errors.append({"id": "batch_req_x", "custom_id": line["custom_id"], "response": {
                    "status_code": 400, "request_id": "r", "body": {"error": {
                        "message": "Invalid 'messages': too long", "type": "invalid_request_error"}}}, "error": None})
            else:
                out.append({"id": "batch_req_1", "custom_id": line["custom_id"], "error": None, "response": {
                    "status_code": 200, "request_id": "r", "body": completion(line["body"]["model"])}})
        batch["output_file_id"] = self.add_file("out.jsonl", _jsonl(out), "batch_output")["id"] if out else None
        batch["error_file_id"] = self.add_file("err.jsonl", _jsonl(errors), "batch_output")["id"] if errors else None
        batch["request_counts"] = {"total": len(lines), "completed": len(out), "failed": len(errors)}


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    @property
    def state(self) -> BatchAPIServer:
        return self.server.state  # type: ignore[attr-defined]

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _json(self, status: int, data: dict[str, Any]) -> None:
        self._send(status, json.dumps(data).encode(), "application/json")

    def _send(self, status: int, payload: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self) -> None:
        self.state.calls.append(("POST", self.path))
        raw = self._body()
        if self.path == "/v1/files":
            self._upload(raw)
        elif self.path == "/v1/batches":
            request = json.loads(raw)
            assert request["input_file_id"] in self.state.files and request["completion_window"] == "24h"
            batch_id = f"batch_{len(self.state.batches) + 1}"
            self.state.batches[batch_id] = {
                "id": batch_id, "object": "batch", "endpoint": request["endpoint"], "errors": None,
                "input_file_id": request["input_file_id"], "completion_window": "24h", "status": "validating",
                "output_file_id": None, "error_file_id": None, "created_at": int(time.time()),
                "request_counts": {"total": 0, "completed": 0, "failed": 0}, "metadata": request.get("metadata")}
            self._json(200, self.state.batches[batch_id])
        elif self.path == "/v1/chat/completions":
            self._json(200, completion(json.loads(raw).get("model", "m")))
        else:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})

    def _upload(self, raw: bytes) -> None:
        head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
        parts = {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}
        purpose = parts["purpose"].get_content().strip()
        upload = parts["file"]
        data = upload.get_payload(decode=True)
        assert purpose == "batch", purpose
        stored = self.state.add_file(upload.get_filename(), data, purpose)
        self._json(200, {k: v for k, v in stored.items() if k != "data"})

    def do_GET(self) -> None:
        self.state.calls.append(("GET", self.path))
        parts = self.path.strip("/").split("/")
        if parts[:2] == ["v1", "batches"] and len(parts) == 3 and parts[2] in self.state.batches:
            batch = self.state.batches[parts[2]]
            self.state.advance(batch)
            self._json(200, batch)
        elif parts[:2] == ["v1", "files"] and len(parts) == 4 and parts[3] == "content" \
                and parts[2] in self.state.files:
            self._send(200, self.state.files[parts[2]]["data"], "application/octet-stream")
        else:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})


def serve() -> Iterator[BatchAPIServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    state = BatchAPIServer(port=httpd.server_address[1])
    httpd.state = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
