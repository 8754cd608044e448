"""One wait for the whole batch after a 429: every request waits out the server's Retry-After.

The openai client already waits ``Retry-After`` before retrying the request that got the 429; this gate makes the
other letters' requests, sent on the same client from other threads, wait too instead of collecting 429s of
their own. It hooks into the HTTP client (httpx event hooks), so it sees every response, retries included.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable
from typing import Any

from ..settings import Settings
from ..write.client import ChatClient

MAX_WAIT = 120.0


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds a response asks to wait: ``retry-after-ms``, else ``retry-after`` (seconds or an HTTP date)."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return min(max(float(milliseconds) / 1000, 0.0), MAX_WAIT)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return min(max(float(value), 0.0), MAX_WAIT)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(when.timestamp() - time.time(), 0.0), MAX_WAIT)


class RetryGate:
    """The time before which no request is sent, moved on by each 429's Retry-After."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0
        self.limited = 0  # 429s seen
        self.waited = 0.0  # seconds requests spent waiting at the gate

    def before_request(self, request: Any) -> None:
        with self._lock:
            wait = self._until - time.monotonic()
        if wait > 0:
            time.sleep(wait)
            with self._lock:
                self.waited += wait

    def after_response(self, response: Any) -> None:
        if response.status_code != 429:
            return
        seconds = retry_after_seconds(response.headers)
        with self._lock:
            self.limited += 1
            if seconds:
                self._until = max(self._until, time.monotonic() + seconds)

    def hooks(self) -> dict[str, list[Callable[[Any], None]]]:
        return {"request": [self.before_request], "response": [self.after_response]}


def shared_client(settings: Settings, gate: RetryGate) -> ChatClient:
    """The batch's one model client, sending through the gate."""
    return ChatClient(settings, event_hooks=gate.hooks())
