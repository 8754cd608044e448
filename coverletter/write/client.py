"""The one module that imports ``openai``: a Chat Completions client built from Settings.

It sends messages and returns text; it builds no prompts. Structured output is asked for with
``response_format`` (a JSON schema); a server that rejects it raises ``StructuredOutputRejected`` so the
caller can re-ask in plain text. Streaming hands each piece of text to a callback as it arrives.

Every failure becomes one ``LLMError`` line that names the server and the fix: a host that does not
resolve, a refused connection, a failed TLS handshake, a bad key (401), no access (403), an unknown model
(404, with the server's list), a wrong URL, a server that is not OpenAI-compatible (an HTML page is named by
its title, never pasted), rate limits (429) and server errors (5xx), a timeout, a refusal, a stream cut
midway, a reply that is not JSON. Rate limits, server errors and timeouts are retried here, at most
``Settings.max_retries`` times, each retry announced through ``on_retry`` ("retrying in 2 s (429)"), with the
server's ``Retry-After`` when it gives one (up to 30 s). The API key never appears in any message: every
text that leaves this module goes through ``mask_secret``.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from ..datamodel import model
from ..errors import LLMError
from ..settings import SecretFilter, Settings, mask_secret
from ..text import without_controls
from .transport import MAX_WAIT, backoff, connection_problem, content_type, retry_after, seconds, summarize_body

OPENAI_URL = "https://api.openai.com/v1"
NO_KEY = "not-needed"  # sent to servers that take no key (llama.cpp, Ollama, vLLM without --api-key)
KEY_HINT = "set OPENAI_API_KEY or pass --api-key"
URL_HINT = "check that --base-url points at an OpenAI-compatible API (it usually ends in /v1)"


_WARM_MODULES = ("openai", "openai.resources.chat")  # the client and its chat resource (imported on first use)
_warming: list[threading.Thread] = []


def warm_up() -> None:
    """Start importing openai (0.5-2 s) in a background thread, so that it is ready when the first request is
    about to go out instead of delaying it; reading the inputs meanwhile goes on. Safe to call twice."""
    if _warming or "openai.resources.chat" in sys.modules:
        return
    thread = threading.Thread(target=_import_client_modules, name="coverletter-import-openai", daemon=True)
    _warming.append(thread)
    thread.start()


def _import_client_modules() -> None:
    for name in _WARM_MODULES:
        try:
            importlib.import_module(name)
        except Exception:
            return


class StructuredOutputRejected(Exception):
    """The server refused ``response_format`` with a JSON schema; ask again in plain text."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@model
class Completion:
    """One reply: its text, whether it was asked for as JSON, token usage and why it stopped."""

    text: str
    structured: bool
    usage: dict[str, int] | None
    finish_reason: str | None
    model: str | None


def _usage(raw: Any) -> dict[str, int] | None:
    if raw is None:
        return None
    out = {}
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        value = getattr(raw, key, None)
        if isinstance(value, int):
            out[key] = value
    return out or None


class ChatClient:
    """A Chat Completions client for one Settings; ``close`` (or ``with``) releases its connections."""

    def __init__(self, settings: Settings, on_retry: Callable[[str], None] | None = None, *,
                 event_hooks: dict[str, list[Callable[..., Any]]] | None = None) -> None:
        """``on_retry`` hears each retry as it is made; ``event_hooks``: httpx request/response hooks (a
        batch's shared wait after a 429 Retry-After)."""
        self.settings = settings
        self.event_hooks = event_hooks
        self.base_url = (settings.base_url or OPENAI_URL).rstrip("/")
        self.model = settings.effective_model
        self.on_retry = on_retry
        self.retries = 0  # retries made so far, for the error that ends them
        self._client: Any = None

    # -- plumbing

    def __enter__(self) -> ChatClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> Any:
        if self._client is None:
            import openai

            settings = self.settings
            if not settings.api_key and settings.is_openai:
                raise LLMError(f"no API key for {self.base_url}", hint=KEY_HINT)
            self._client = openai.OpenAI(
                api_key=settings.api_key or NO_KEY,
                base_url=self.base_url,
                timeout=settings.timeout,
                max_retries=0,  # retried here, where each retry can be announced
                organization=None,
                project=None,
                http_client=openai.DefaultHttpxClient(event_hooks=self.event_hooks) if self.event_hooks else None,
            )
        return self._client

    def _mask(self, text: str) -> str:
        return mask_secret(str(text), self.settings.api_key)

    # -- requests

    def list_models(self) -> list[str]:
        """The model ids the server offers (one request, no retries); [] when it will not say."""
        import openai

        try:
            page = self.client.with_options(max_retries=0).models.list()
            return sorted(str(m.id) for m in page.data)
        except (openai.OpenAIError, ValueError):
            return []

    def resolve_model(self) -> str:
        """The model to ask for: the one set, else the server's only model."""
        if self.model:
            return self.model
        models = self.list_models()
        if len(models) == 1:
            self.model = models[0]
            return self.model
        raise LLMError(f"no model set for {self.base_url}{_offered(models)}",
                       hint="pass --model NAME or set COVERLETTER_MODEL")

    def complete(
        self,
        messages: list[dict[str, str]],
        *,
        schema: dict[str, Any] | None = None,
        stream: bool = True,
        on_text: Callable[[str], None] | None = None,
        max_tokens: int | None = None,
        schema_name: str = "letter_body",
    ) -> Completion:
        """Send messages and return the reply; with a schema (named ``schema_name``), ask for JSON through
        response_format."""
        params = self.request_params(messages, schema=schema, max_tokens=max_tokens, schema_name=schema_name)
        attempt = 0
        while True:
            try:
                return self._send(params, schema, stream, on_text)
            except _Retry as retry:
                too_long = retry.wait is not None and retry.wait > MAX_WAIT
                if attempt >= self.settings.max_retries or too_long:
                    raise self._error(retry.exc, asked=retry.wait if too_long else None) from None
                attempt += 1
                self.retries = attempt
                self._announce(retry, attempt)

    def request_params(self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None,
                       max_tokens: int | None = None, schema_name: str = "letter_body") -> dict[str, Any]:
        """The body of a Chat Completions request for these messages (the model resolved)."""
        model = self.resolve_model()
        params: dict[str, Any] = {"model": model, "messages": messages, "temperature": self.settings.temperature}
        if self.settings.seed is not None:
            params["seed"] = self.settings.seed
        if max_tokens:
            params["max_tokens"] = max_tokens
        if schema is not None:
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "strict": True, "schema": schema},
            }
        return params

    def completion_from_body(self, body: dict[str, Any], structured: bool) -> Completion:
        """A reply that came another way (a Batch API result line's body), read as a live reply is."""
        from openai.types.chat import ChatCompletion

        try:
            response = ChatCompletion.model_validate(body)
        except ValueError:
            raise LLMError(f"the server at {self.base_url} returned a batch result that is not a chat "
                           "completion") from None
        return self._finish(response, structured)

    # -- the Batch API (files and batches): the wire calls, each failure one LLMError line

    def call(self, action: Callable[[Any], Any]) -> Any:
        """``action(openai_client)``, its openai errors made one clear line (no retries: the caller polls)."""
        import openai

        try:
            return action(self.client)
        except openai.OpenAIError as exc:
            raise self._error(exc) from None

    def _send(self, params: dict[str, Any], schema: dict[str, Any] | None, stream: bool,
              on_text: Callable[[str], None] | None) -> Completion:
        """One request; a failure worth retrying raises _Retry, any other one LLMError."""
        import openai

        try:
            if stream:
                return self._stream(params, schema is not None, on_text)
            response = self.client.chat.completions.create(**params)
            return self._finish(response, schema is not None)
        except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
            if schema is not None:
                raise StructuredOutputRejected(self._mask(_message(exc))) from None
            raise self._error(exc) from None
        except openai.OpenAIError as exc:
            label = _retryable(exc)
            if label is not None:
                wait = retry_after(getattr(exc, "response", None))
                raise _Retry(exc, label, wait) from None
            raise self._error(exc) from None
        except json.JSONDecodeError:
            raise LLMError(f"the server at {self.base_url} sent a reply that is not valid JSON",
                           hint=URL_HINT) from None

    def _announce(self, retry: _Retry, attempt: int) -> None:
        """Say that a retry is coming, and wait for it."""
        import time

        wait = retry.wait if retry.wait is not None else backoff(attempt - 1)
        if self.on_retry is not None:
            self.on_retry(f"{retry.label} from {self.base_url}; retrying in {seconds(wait)} "
                          f"({attempt} of {self.settings.max_retries})")
        time.sleep(wait)

    def _finish(self, response: Any, structured: bool) -> Completion:
        if not hasattr(response, "choices"):  # some servers answer 200 with a body that is not a completion
            what = summarize_body(None, response) if isinstance(response, str) else None
            raise LLMError(f"the server at {self.base_url} is not an OpenAI-compatible API: it answered "
                           f"{what or 'with something that is not a chat completion'}", hint=URL_HINT)
        if not response.choices:
            raise LLMError(f"the server at {self.base_url} sent a reply with no choices")
        choice = response.choices[0]
        message = choice.message
        refusal = getattr(message, "refusal", None)
        if refusal or choice.finish_reason == "content_filter":
            raise self._refused(refusal)
        return Completion(self._mask(message.content or ""), structured, _usage(response.usage), choice.finish_reason,
                          getattr(response, "model", None))

    def _open_stream(self, params: dict[str, Any]) -> Any:
        """A streaming request, usage included where the server supports it; refused when the answer is no
        event stream."""
        import openai  # heavy: only when a model is used

        try:
            stream = self.client.chat.completions.create(
                **params, stream=True, stream_options={"include_usage": True})
        except openai.BadRequestError as exc:
            if "stream_options" not in _message(exc):
                raise
            stream = self.client.chat.completions.create(**params, stream=True)  # an older server: no usage
        kind = str((getattr(stream, "response", None) and stream.response.headers.get("content-type")) or "")
        if kind and "event-stream" not in kind:
            stream.close()
            media = kind.split(";")[0].strip()
            if "html" in media:
                raise LLMError(f"the server at {self.base_url} is not an OpenAI-compatible API: it answered "
                               f"with an HTML page ({media})", hint=URL_HINT)
            raise LLMError(f"the server at {self.base_url} answered a streaming request with {media}, "
                           "not an event stream (or not valid JSON)", hint="try --no-stream, or check --base-url")
        return stream

    def _stream(self, params: dict[str, Any], structured: bool,
                on_text: Callable[[str], None] | None) -> Completion:
        import openai  # heavy (about 0.5 s): only when a model is used

        chunks: list[str] = []
        refusal: list[str] = []
        usage = None
        finish = None
        model = None
        stream = self._open_stream(params)
        masker = SecretFilter(self.settings.api_key)  # a key echoed in the reply never reaches the screen
        try:
            for chunk in _iterate(stream):
                model = getattr(chunk, "model", None) or model
                if getattr(chunk, "usage", None):
                    usage = _usage(chunk.usage)
                for choice in chunk.choices or []:
                    delta = choice.delta
                    if delta is not None and getattr(delta, "refusal", None):
                        refusal.append(delta.refusal)
                    if delta is not None and delta.content:
                        chunks.append(delta.content)
                        shown = without_controls(masker.feed(delta.content))  # no ESC or BEL reaches a terminal
                        if on_text and shown:
                            on_text(shown)
                    if choice.finish_reason:
                        finish = choice.finish_reason
        except openai.APITimeoutError:
            raise LLMError(f"the stream from {self.base_url} stalled for more than {self.settings.timeout:g} s "
                           "midway", hint="try again; raise timeout in config.toml for a slow server") from None
        except openai.APIConnectionError:
            raise LLMError(f"the stream from {self.base_url} was cut midway ({len(chunks)} pieces received)",
                           hint="try again") from None
        except json.JSONDecodeError:
            raise LLMError(f"the stream from {self.base_url} sent a piece that is not valid JSON",
                           hint="check that --base-url points at an OpenAI-compatible API") from None
        finally:
            stream.close()
        rest = without_controls(masker.flush())
        if on_text and rest:
            on_text(rest)
        if refusal or finish == "content_filter":
            raise self._refused("".join(refusal))
        if finish is None:
            raise LLMError(f"the stream from {self.base_url} was cut midway ({len(chunks)} pieces received, "
                           "no end marker)", hint="try again")
        return Completion(self._mask("".join(chunks)), structured, usage, finish, model)

    # -- errors

    def _refused(self, refusal: str | None) -> LLMError:
        """The error for a reply the model refused (its refusal text) or a content filter stopped."""
        return LLMError(f"the model refused to write the letter: {self._mask(refusal or 'content filter')}")

    def _error(self, exc: Exception, asked: float | None = None) -> LLMError:
        """One clear line for an openai exception, the key masked."""
        detail = self._mask(_message(exc))
        retries = self.retries
        tried = f" (gave up after {retries} {'retry' if retries == 1 else 'retries'})" if retries else ""
        if asked is not None:
            tried = f" (it asks to wait {seconds(asked)}, longer than the {seconds(MAX_WAIT)} waited here)"
        for explain in (self._access_error, self._status_error, self._transport_error):
            found = explain(exc, detail, tried)
            if found is not None:
                return found
        return LLMError(f"the request to {self.base_url} failed: {detail}")

    def _access_error(self, exc: Exception, detail: str, tried: str) -> LLMError | None:
        """401, 403 and 404: the key, its permissions, the model or the URL."""
        import openai  # heavy (about 0.5 s): only when a model is used

        url = self.base_url
        if isinstance(exc, openai.AuthenticationError):
            return LLMError(f"the server at {url} rejected the API key (401): {detail}", hint=KEY_HINT)
        if isinstance(exc, openai.PermissionDeniedError):
            return LLMError(f"the server at {url} denied access (403): {detail}",
                            hint="check the key's permissions for this model, or the account's region")
        if isinstance(exc, openai.NotFoundError):
            code = str(getattr(exc, "code", "") or "")
            if "model" in code or ("model" in detail.casefold() and not _is_page(exc)):
                return LLMError(f"unknown model {self.model!r} at {url}{_offered(self.list_models())}",
                                hint="pass --model with one of the server's models")
            return LLMError(f"no chat completions API at {url} (404): {detail}", hint=URL_HINT)
        return None

    def _status_error(self, exc: Exception, detail: str, tried: str) -> LLMError | None:
        """429, 5xx and any other HTTP status."""
        import openai  # heavy: only when a model is used

        url = self.base_url
        if isinstance(exc, openai.RateLimitError):
            if str(getattr(exc, "code", "")) == "insufficient_quota":
                return LLMError(f"the account behind the API key has no quota left at {url} (429): {detail}",
                                hint="check your plan and billing")
            return LLMError(f"rate limited by {url} (429){tried}: {detail}", hint="wait a minute and try again")
        if isinstance(exc, openai.APIStatusError) and _is_page(exc):
            return LLMError(f"the server at {url} is not an OpenAI-compatible API: it answered "
                            f"{exc.status_code} with {detail}", hint=URL_HINT)
        if isinstance(exc, openai.APIStatusError) and exc.status_code >= 500:
            return LLMError(f"the server at {url} failed ({exc.status_code}){tried}: {detail}",
                            hint="try again later")
        if isinstance(exc, openai.APIStatusError):
            return LLMError(f"the server at {url} rejected the request ({exc.status_code}): {detail}")
        return None

    def _transport_error(self, exc: Exception, detail: str, tried: str) -> LLMError | None:
        """Timeouts, no connection (DNS, refused, TLS), a reply that is not a chat completion."""
        import openai  # heavy: only when a model is used

        url = self.base_url
        if isinstance(exc, openai.APITimeoutError):
            return LLMError(f"no answer from {url} within {self.settings.timeout:g} s{tried}",
                            hint="try again; raise timeout in config.toml for a slow server")
        if isinstance(exc, openai.APIConnectionError):
            found = connection_problem(exc, url)
            if found is not None:
                return LLMError(self._mask(found[0]), hint=found[1])
            return LLMError(f"no connection to {url}: {detail}", hint="check your network connection and --base-url")
        if isinstance(exc, openai.APIResponseValidationError):
            return LLMError(f"the server at {url} sent a reply that is not a chat completion: {detail}",
                            hint=URL_HINT)
        return None


class _Retry(Exception):
    """A failure worth another try: the openai exception, a label ("rate limited (429)"), the asked wait."""

    def __init__(self, exc: Exception, label: str, wait: float | None) -> None:
        super().__init__(label)
        self.exc, self.label, self.wait = exc, label, wait


def _retryable(exc: Exception) -> str | None:
    """A label for a failure that another try may cure (429 but no quota, 5xx, 408, a timeout); else None."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "no answer in time"
    if isinstance(exc, openai.RateLimitError):
        return None if str(getattr(exc, "code", "")) == "insufficient_quota" else "rate limited (429)"
    if isinstance(exc, openai.APIStatusError) and not _is_page(exc):
        status = exc.status_code
        if status >= 500 or status in (408, 409):
            return f"server error ({status})"
    return None


def _is_page(exc: Exception) -> bool:
    """Whether an error response is a web page (HTML), not an API's JSON: not an OpenAI-compatible server."""
    response = getattr(exc, "response", None)
    body = getattr(exc, "body", None)
    return "html" in content_type(response) or (isinstance(body, str) and body.lstrip()[:1] == "<")


def _offered(models: list[str]) -> str:
    """'; the server offers: a, b' (the first 12 models) for an error message, '' when none are known."""
    return f"; the server offers: {', '.join(models[:12])}" if models else ""


def _message(exc: Exception) -> str:
    """The server's own error message where it sent one, else the exception's; on one line. A web page is
    named by its title ("an HTML page titled '501 Unsupported method'"), never pasted."""
    body = getattr(exc, "body", None)
    if _is_page(exc):
        return summarize_body(getattr(exc, "response", None), body) or "an HTML page"
    text = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        text = inner.get("message") if isinstance(inner, dict) else inner if isinstance(inner, str) else None
    elif isinstance(body, str) and body.strip():
        text = body
    text = text or getattr(exc, "message", None) or str(exc) or type(exc).__name__
    line = " ".join(str(text).split())
    return line if len(line) <= 300 else line[:297] + "..."


def _iterate(stream: Any) -> Iterator[Any]:
    yield from stream
