"""Fetching a posting from a URL: http(s) only, with a timeout, a size cap and one-line errors.

Only an argument that is a URL is fetched; a file path never is. Uses the standard library (urllib), so
no HTTP client dependency is needed.
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from .. import __version__
from ..errors import InputError

MAX_BYTES = 10 * 1024 * 1024
DEADLINE = 60.0  # seconds for the whole page, however it trickles in
USER_AGENT = (
    f"Mozilla/5.0 (compatible; coverletter/{__version__}; +https://pypi.org/project/coverletter/) "
    "reads one job posting at its user's request"
)
_ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5"
_SAVE_HINT = "open the page in your browser, save it (Ctrl+S) and pass the saved file, or paste the posting's text"


def is_url(arg: str) -> bool:
    """True for an http:// or https:// URL with a host; False for file paths, "-" and other schemes."""
    try:
        parts = urlsplit(str(arg).strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _http_error(url: str, exc: urllib.error.HTTPError) -> InputError:
    code = exc.code
    reason = (exc.reason or "").strip() if isinstance(exc.reason, str) else ""
    status = f"HTTP {code}" + (f" {reason}" if reason else "")
    if code in (401, 403, 429, 999):
        hint = "the site refuses automated downloads (often behind a login); " + _SAVE_HINT
    elif code in (404, 410):
        hint = "the posting may have been taken down; check the URL"
    elif code >= 500:
        hint = "the site has a problem; try again later, or " + _SAVE_HINT
    else:
        hint = _SAVE_HINT
    return InputError(f"the server answered {status}", path=url, hint=hint)


def _url_error(url: str, exc: BaseException, timeout: float) -> InputError:
    reason = getattr(exc, "reason", exc)
    host = urlsplit(url).hostname or url
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return InputError(f"no answer within {timeout:g} s", path=url, hint="check the URL, or " + _SAVE_HINT)
    if isinstance(reason, socket.gaierror):
        return InputError(f"cannot find the host {host} (DNS lookup failed)", path=url,
                          hint="check the URL and your network connection")
    if isinstance(reason, ConnectionRefusedError):
        return InputError(f"{host} refused the connection", path=url, hint="check the URL and its port")
    if isinstance(reason, ssl.SSLError):
        return InputError(f"secure connection failed ({getattr(reason, 'reason', None) or reason})", path=url,
                          hint=_SAVE_HINT)
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return InputError(f"cannot fetch the page: {detail}", path=url, hint=_SAVE_HINT)


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to http(s), and only to the original port or the scheme's default port."""

    max_redirections = 5

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        target, origin = urlsplit(newurl), urlsplit(req.full_url)
        scheme = target.scheme.lower()
        if scheme not in ("http", "https"):
            raise InputError(f"the page redirects to a {scheme or 'relative'} URL, which is not fetched",
                             path=req.full_url, hint=_SAVE_HINT)
        try:
            port = target.port or _DEFAULT_PORTS[scheme]
            allowed = {origin.port or _DEFAULT_PORTS.get(origin.scheme.lower(), 0), _DEFAULT_PORTS[scheme]}
        except ValueError:
            port, allowed = -1, set()
        if port not in allowed:
            raise InputError(f"the page redirects to another port ({target.hostname}:{port}), which is not "
                             "followed", path=req.full_url, hint=_SAVE_HINT)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def fetch_url(url: str, *, timeout: float = 15, max_bytes: int = MAX_BYTES, deadline: float = DEADLINE
              ) -> tuple[bytes, str]:
    """The body of a URL and its content type; InputError for DNS failure, timeout, HTTP status, size, a
    redirect elsewhere, or a page that does not arrive whole within ``deadline`` seconds (a slow drip)."""
    if not is_url(url):
        raise InputError("is not an http(s) URL", path=url, hint="give a URL that starts with https://")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT,
                                                   "Accept-Language": "en, de;q=0.8, fr;q=0.7, es;q=0.6, *;q=0.5"})
    give_up = time.monotonic() + deadline
    opener = urllib.request.build_opener(_SafeRedirects)
    try:
        with opener.open(request, timeout=min(timeout, deadline)) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"the page is larger than {max_bytes // (1024 * 1024)} MB", path=url,
                                 hint=_SAVE_HINT)
            body = _read_within(response, max_bytes, give_up, url, deadline)
            content_type = response.headers.get("Content-Type", "") or ""
            encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
    except urllib.error.HTTPError as exc:
        raise _http_error(url, exc) from exc
    except urllib.error.URLError as exc:
        raise _url_error(url, exc, timeout) from exc
    except TimeoutError as exc:
        raise _url_error(url, exc, timeout) from exc
    except OSError as exc:
        raise _url_error(url, exc, timeout) from exc
    if len(body) > max_bytes:
        raise InputError(f"the page is larger than {max_bytes // (1024 * 1024)} MB", path=url, hint=_SAVE_HINT)
    if encoding in ("gzip", "x-gzip", "deflate"):
        body = _decompress(body, encoding, url, max_bytes)
    if not body.strip():
        raise InputError("the server sent an empty page", path=url, hint=_SAVE_HINT)
    return body, content_type


def _read_within(response: Any, max_bytes: int, give_up: float, url: str, deadline: float) -> bytes:
    """The body, piece by piece, until max_bytes + 1 or the deadline (each wait no longer than what is left)."""
    chunks: list[bytes] = []
    size = 0
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    while size <= max_bytes:
        left = give_up - time.monotonic()
        if left <= 0:
            raise InputError(f"the page did not arrive within {deadline:g} s", path=url,
                             hint="the server sends too slowly; " + _SAVE_HINT)
        if sock is not None:
            sock.settimeout(max(0.05, min(left, sock.gettimeout() or left)))
        try:
            chunk = response.read1(min(65536, max_bytes + 1 - size))
        except TimeoutError:
            if time.monotonic() < give_up:
                raise
            chunk = None
        if chunk is None:
            continue  # the deadline check above reports it
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _decompress(body: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """A gzip or deflate body (sent even though we did not ask for it), unpacked within the size cap."""
    import zlib

    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        unpacker = zlib.decompressobj(wbits)
        data = unpacker.decompress(body, max_bytes + 1)
    except zlib.error:
        try:  # raw deflate, as some servers send it
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(body, max_bytes + 1)
        except zlib.error as exc:
            raise InputError(f"the server sent a damaged {encoding} body", path=url, hint=_SAVE_HINT) from exc
    if len(data) > max_bytes:
        raise InputError(f"the page is larger than {max_bytes // (1024 * 1024)} MB", path=url, hint=_SAVE_HINT)
    return data


def kind_of(content_type: str, url: str = "", body: bytes = b"") -> str:
    """What a fetched body is: "html", "pdf", "json" or "text" (from its content type, then its bytes)."""
    media = content_type.split(";", 1)[0].strip().lower()
    head = body[:512].lstrip().lower()
    if media == "application/pdf" or head.startswith(b"%pdf"):
        return "pdf"
    if media in ("application/json", "application/ld+json") or media.endswith("+json"):
        return "json"
    if "html" in media or "xml" in media or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    path = urlsplit(url).path.lower()
    for suffix, kind in ((".pdf", "pdf"), (".json", "json"), (".html", "html"), (".htm", "html")):
        if path.endswith(suffix):
            return kind
    return "text"
