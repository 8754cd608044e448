"""``--batch-api``: each letter's first request goes through OpenAI's Batch API (half the price, within 24 h).

1. Collect: each posting goes through the usual pipeline up to the model's first request, which is kept as a
   line of a JSONL file (``custom_id``, ``method``, ``url``, ``body``) instead of being sent.
2. Upload the file (files API, purpose ``batch``), create the batch, and record its id in the manifest at once.
3. Poll the batch until it ends, reporting its request counts.
4. Download its output (and error) file; each letter is then written as usual: its result is read as the
   model's reply, checked and rendered; a draft with unsupported claims gets its one revision as a live
   request (at the normal price).

A run interrupted anywhere after step 2 finds the batch in the manifest the next time and picks up at step 3:
postings still done and unchanged are skipped, those of the recorded batch are not sent again.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, Protocol

from ..datamodel import model
from ..errors import CoverLetterError
from ..settings import Settings
from ..write.client import ChatClient, Completion
from ..write.pricing import estimate_cost
from .draft import Drafted, DraftJob, draft
from .inputs import PostingInput
from .manifest import Manifest
from .record import now

ENDPOINT = "/v1/chat/completions"
FINAL = ("completed", "failed", "expired", "cancelled")
BATCH_PRICE = 0.5  # the Batch API's price against the live one


class _Batch(Protocol):
    """What this module needs of the runner's batch (runner imports this module, not the other way round)."""

    settings: Settings
    postings: list[PostingInput]
    manifest: Manifest

    def begin(self, posting: PostingInput) -> tuple[DraftJob, str] | None: ...

    def settle(self, posting: PostingInput, job: DraftJob, digest: str, outcome: Drafted | str,
               started: float) -> None: ...

    def notify(self, note: str) -> None: ...


class Deferred(Exception):
    """The letter's first request, built and not sent (not a CoverLetterError: the collector catches it)."""

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__("deferred to the Batch API")
        self.params = params


class CollectingClient(ChatClient):
    """A client that builds the first request of a letter and stops there."""

    def complete(self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, stream: bool = True,
                 on_text: Callable[[str], None] | None = None, max_tokens: int | None = None) -> Completion:
        raise Deferred(self.request_params(messages, schema=schema, max_tokens=max_tokens))


class ReplayClient(ChatClient):
    """A client whose first reply is the letter's Batch API result; any further request (a revision) is live."""

    def __init__(self, live: ChatClient, body: dict[str, Any]) -> None:
        super().__init__(live.settings)
        self.live, self.body = live, body
        self.model = live.model
        self.batch_usage: dict[str, int] | None = None

    def complete(self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None, stream: bool = True,
                 on_text: Callable[[str], None] | None = None, max_tokens: int | None = None) -> Completion:
        if self.body is None:
            return self.live.complete(messages, schema=schema, stream=stream, on_text=on_text, max_tokens=max_tokens)
        body, self.body = self.body, None
        reply = self.completion_from_body(body, schema is not None)
        self.batch_usage = reply.usage
        return reply

    def close(self) -> None:
        return  # the live client is the batch's, closed at its end


@model
class _Pending:
    posting: PostingInput
    job: DraftJob
    digest: str
    started: float


def run_with_batch_api(run: _Batch, poll_seconds: float) -> None:
    """Write the batch's letters through the Batch API (see the module's docstring)."""
    live = ChatClient(run.settings)
    try:
        pending: dict[str, _Pending] = {}
        for posting in run.postings:
            begun = run.begin(posting)
            if begun is not None:
                pending[posting.key] = _Pending(posting, begun[0], begun[1], time.perf_counter())
        for batch_id, requests in _batches_for(run, live, pending):
            _finish_batch(run, live, batch_id, requests, pending, poll_seconds)
    finally:
        live.close()


def _batches_for(run: _Batch, live: ChatClient, pending: dict[str, _Pending]) -> list[tuple[str, dict[str, str]]]:
    """(batch id, {custom_id: key}) of each batch to wait for: recorded ones that still hold pending letters as
    they are now, and a new one for the rest (collected and uploaded here)."""
    batches: list[tuple[str, dict[str, str]]] = []
    covered: set[str] = set()
    for record in run.manifest.open_batches():
        requests = {cid: item["key"] for cid, item in record["requests"].items()
                    if item["key"] in pending and pending[item["key"]].digest == item["digest"]
                    and item["key"] not in covered}
        if requests:
            batches.append((record["batch_id"], requests))
            covered |= set(requests.values())
    lines, requests = _collect(run, [p for key, p in pending.items() if key not in covered])
    if lines:
        batches.append((_submit(run, live, lines, {cid: pending[key] for cid, key in requests.items()}), requests))
    return batches


def _collect(run: _Batch, todo: list[_Pending]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The JSONL lines of the letters' first requests, and {custom_id: key}; a posting that fails before its
    request (an unreadable file) is recorded as failed here."""
    lines: list[dict[str, Any]] = []
    requests: dict[str, str] = {}
    collector = CollectingClient(run.settings)
    stamp = int(time.time())
    for number, item in enumerate(todo):
        try:
            outcome: Drafted | str = draft(item.job, collector)
        except Deferred as deferred:
            custom_id = f"letter-{stamp}-{number}"
            lines.append({"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": deferred.params})
            requests[custom_id] = item.posting.key
            continue
        except CoverLetterError as error:
            outcome = str(error)
        run.settle(item.posting, item.job, item.digest, outcome, item.started)
    return lines, requests


def _submit(run: _Batch, live: ChatClient, lines: list[dict[str, Any]], items: dict[str, _Pending]) -> str:
    """Upload the requests, create the batch and record it in the manifest; its id."""
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
    uploaded = live.call(lambda c: c.files.create(file=("coverletter-batch.jsonl", data, "application/jsonl"),
                                                  purpose="batch"))
    created = live.call(lambda c: c.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT,
                                                   completion_window="24h", metadata={"tool": "coverletter"}))
    run.manifest.add_batch({
        "batch_id": created.id, "input_file_id": uploaded.id, "status": "submitted", "time": now(),
        "requests": {cid: {"key": item.posting.key, "digest": item.digest} for cid, item in items.items()},
    })
    run.notify(f"Batch API: {len(lines)} request(s) uploaded as {uploaded.id}, batch {created.id}")
    return str(created.id)


def _wait(run: _Batch, live: ChatClient, batch_id: str, poll_seconds: float) -> Any:
    """The batch once it has ended, its request counts reported at each poll."""
    while True:
        batch = live.call(lambda c: c.batches.retrieve(batch_id))
        counts = getattr(batch, "request_counts", None)
        done = f" ({counts.completed + counts.failed} of {counts.total} answered)" if counts else ""
        run.notify(f"Batch API: batch {batch_id} {batch.status}{done}")
        if batch.status in FINAL:
            return batch
        time.sleep(poll_seconds)


def _results(live: ChatClient, batch: Any) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """({custom_id: the reply's body}, {custom_id: why there is none}) from the batch's output and error files."""
    bodies: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    for file_id in (getattr(batch, "output_file_id", None), getattr(batch, "error_file_id", None)):
        if not file_id:
            continue
        text = live.call(lambda c, f=file_id: c.files.content(f).text)
        for line in text.splitlines():
            try:
                result = json.loads(line)
            except json.JSONDecodeError:
                continue
            custom_id = result.get("custom_id") if isinstance(result, dict) else None
            if not isinstance(custom_id, str):
                continue
            response = result.get("response") or {}
            if response.get("status_code") == 200 and isinstance(response.get("body"), dict):
                bodies[custom_id] = response["body"]
            else:
                errors[custom_id] = _error_text(result, response)
    return bodies, errors


def _error_text(result: dict[str, Any], response: dict[str, Any]) -> str:
    error = result.get("error") or (response.get("body") or {}).get("error") or {}
    message = error.get("message") if isinstance(error, dict) else str(error)
    status = response.get("status_code")
    return f"the Batch API answered {status or 'an error'} for this letter: {message or 'no message'}"


def _finish_batch(run: _Batch, live: ChatClient, batch_id: str, requests: dict[str, str],
                  pending: dict[str, _Pending], poll_seconds: float) -> None:
    """Wait for a batch, then write each of its letters from its result (or record why there is none)."""
    batch = _wait(run, live, batch_id, poll_seconds)
    bodies, errors = _results(live, batch)
    for custom_id, key in requests.items():
        item = pending[key]
        body = bodies.get(custom_id)
        outcome: Drafted | str
        if body is None:
            outcome = errors.get(custom_id) or f"the batch {batch_id} ended {batch.status} without this letter's result"
        else:
            outcome = _replayed(item.job, live, body)
        run.settle(item.posting, item.job, item.digest, outcome, item.started)
    run.manifest.add_batch({"batch_id": batch_id, "status": "processed", "time": now()})


def _replayed(job: DraftJob, live: ChatClient, body: dict[str, Any]) -> Drafted | str:
    """The letter written from its Batch API result, its cost at the batch price for that part."""
    client = ReplayClient(live, body)
    try:
        drafted = draft(job, client)
    except CoverLetterError as error:
        return str(error)
    full = estimate_cost(drafted.model, drafted.tokens) if live.settings.is_openai else None
    saved = estimate_cost(drafted.model, client.batch_usage) if live.settings.is_openai else None
    if full is not None:
        drafted.cost_usd = round(full - (saved or 0.0) * (1 - BATCH_PRICE), 6)
    return drafted
