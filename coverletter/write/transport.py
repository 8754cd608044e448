"""What went wrong on the way to a model server, in words a user can act on; and how long to wait to retry.

No openai import here: these read the exception chain (``socket.gaierror`` for DNS, ``ConnectionRefusedError``,
``ssl.SSLError``), an HTTP response's headers and body, and ``Retry-After``. ``client.py`` turns them into
``LLMError`` lines that name the base URL and the fix.
"""

from __future__ import annotations

import html
import re
import socket
import ssl
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

MAX_WAIT = 30.0  # seconds: a server that asks for a longer wait is not waited for
BACKOFF = (1.0, 2.0, 4.0, 8.0)


def host_of(url: str) -> str:
    """'api.openai.com' or '127.0.0.1:8080' from a base URL."""
    parts = urlsplit(url)
    return parts.netloc or url


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def connection_problem(exc: BaseException, base_url: str) -> tuple[str, str] | None:
    """(what happened, what to do) for a request that never reached a server; None when it is not that."""
    host, url = host_of(base_url), base_url
    for cause in _chain(exc):
        if isinstance(cause, socket.gaierror):
            return (f"cannot reach {url}: the host name {host.split(':')[0]} does not resolve "
                    f"(DNS: {cause.strerror or cause})",
                    "check your network connection, or the host in --base-url")
        if isinstance(cause, ConnectionRefusedError):
            return (f"nothing is listening at {url} (connection refused)",
                    "start the server, or check the port in --base-url")
        if isinstance(cause, ssl.SSLError):
            reason = getattr(cause, "reason", None) or str(cause)
            hint = ("the server speaks plain HTTP: use http:// in --base-url" if "WRONG_VERSION" in str(reason).upper()
                    else "check the certificate, or a proxy that intercepts TLS")
            return f"the TLS handshake with {url} failed ({reason})", hint
        if isinstance(cause, (ConnectionResetError, BrokenPipeError)):
            return f"{url} closed the connection before answering", "check that --base-url points at the API"
        if isinstance(cause, OSError) and cause.errno is not None:
            return (f"cannot reach {url}: {cause.strerror or cause}",
                    "check your network connection and --base-url")
    return None


def summarize_body(response: Any, body: Any) -> str | None:
    """One line for an error response that is not OpenAI's JSON: an HTML page by its title, text cut short."""
    kind = content_type(response)
    text = body if isinstance(body, str) else None
    if text is None and response is not None:
        try:
            text = response.text
        except Exception:  # a streamed or closed response has no text to read
            text = None
    if not text:
        return None
    if "html" in kind or text.lstrip()[:1] == "<":
        title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.IGNORECASE | re.DOTALL)
        found = title or heading
        name = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split()) if found else ""
        return f"an HTML page{f' titled {name!r}' if name else ''}"
    if "json" in kind:
        return None
    line = " ".join(text.split())
    return repr(line if len(line) <= 120 else line[:117] + "...")


def content_type(response: Any) -> str:
    """The media type of a response ('text/html'), '' when unknown."""
    headers = getattr(response, "headers", None) or {}
    try:
        value = headers.get("content-type") or ""
    except Exception:  # headers of an unexpected kind
        value = ""
    return str(value).split(";")[0].strip().casefold()


def retry_after(response: Any) -> float | None:
    """The wait a server asks for: ``retry-after-ms`` (OpenAI) or ``Retry-After`` in seconds; None if none."""
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for key, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(key)
        if value is None:
            continue
        try:
            wait = float(value) * scale
        except ValueError:
            continue
        if wait >= 0:
            return wait
    return None


def backoff(attempt: int) -> float:
    """The wait before retry number ``attempt`` (0-based) when the server named none."""
    return BACKOFF[min(attempt, len(BACKOFF) - 1)]


def seconds(wait: float) -> str:
    """'2 s', '0.5 s', '0.001 s'."""
    return f"{wait:.3g} s"
