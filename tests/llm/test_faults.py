"""Every way a model server can fail becomes one clear LLMError line, with the key masked.

These run the real openai client against the loopback fault server (see conftest.py); no model needed.
"""

from __future__ import annotations

import time

import pytest

from coverletter.errors import LLMError
from coverletter.settings import resolve_settings
from coverletter.write.client import ChatClient, StructuredOutputRejected

CANARY = "sk-canary-7f3e9b2c1d4a5e6f8091a2b3c4d5e6f7"
MESSAGES = [{"role": "user", "content": "Write one sentence."}]

pytestmark = pytest.mark.llm


def _client(url: str, *, retries: int = 0, timeout: float = 5.0, key: str = CANARY, model: str = "test-model"
            ) -> ChatClient:
    settings = resolve_settings(base_url=url, api_key=key, model=model, timeout=timeout, max_retries=retries)
    return ChatClient(settings)


def _fail(client: ChatClient, **kwargs: object) -> str:
    with client, pytest.raises(LLMError) as caught:
        client.complete(MESSAGES, **kwargs)  # type: ignore[arg-type]
    text = str(caught.value)
    assert "\n" not in text
    assert CANARY not in text and CANARY[4:-4] not in text
    return text


def test_bad_key_says_how_to_set_one_and_never_shows_it(fault_server):
    text = _fail(_client(fault_server.url("401")))
    assert "401" in text and "set OPENAI_API_KEY or pass --api-key" in text
    # the server did receive the key (and echoed it back); the message masked it
    assert fault_server.chat_requests("401")[0].headers["authorization"] == f"Bearer {CANARY}"


def test_unknown_model_lists_the_servers_models(fault_server):
    text = _fail(_client(fault_server.url("404model"), model="gpt-nonexistent"))
    assert "unknown model 'gpt-nonexistent'" in text
    assert "alpha, beta" in text


def test_wrong_path_points_at_the_base_url(fault_server):
    text = _fail(_client(fault_server.url("404")))
    assert "404" in text and "--base-url" in text


@pytest.mark.parametrize(("mode", "words"), [("429", "rate limited"), ("500", "failed (500)")])
def test_rate_limits_and_server_errors_are_retried_then_reported(fault_server, mode, words):
    text = _fail(_client(fault_server.url(mode), retries=2))
    assert words in text and "gave up after 2 retries" in text
    assert fault_server.hits[mode] == 3  # one try and two retries, no more


def test_timeout_is_one_line_with_the_limit(fault_server):
    started = time.monotonic()
    text = _fail(_client(fault_server.url("slow"), timeout=0.5), stream=False)
    assert "within 0.5 s" in text
    assert time.monotonic() - started < 2.5


def test_stream_cut_midway(fault_server):
    seen: list[str] = []
    text = _fail(_client(fault_server.url("cut")), stream=True, on_text=seen.append)
    assert "cut midway" in text
    assert "".join(seen).startswith("I have built")  # what arrived was shown before the cut


@pytest.mark.parametrize("stream", [False, True])
def test_invalid_json_reply(fault_server, stream):
    text = _fail(_client(fault_server.url("badjson")), stream=stream)
    assert "not valid JSON" in text or "not a chat completion" in text


def test_invalid_json_piece_in_a_stream(fault_server):
    text = _fail(_client(fault_server.url("badsse")), stream=True)
    assert "not valid JSON" in text


def test_refusal_is_reported(fault_server):
    text = _fail(_client(fault_server.url("refuse")), stream=False)
    assert "refused" in text and "can't help" in text


def test_server_rejecting_the_schema_signals_plain_text_fallback(fault_server):
    with _client(fault_server.url("nojson")) as client, pytest.raises(StructuredOutputRejected) as caught:
        client.complete(MESSAGES, schema={"type": "object"}, stream=True)
    assert "json_schema" in caught.value.reason
    sent = fault_server.chat_requests("nojson")[0].body
    assert sent["response_format"]["type"] == "json_schema"


def test_scripted_stream_and_usage(fault_server):
    fault_server.script.append("Hello from the stream, piece by piece.")
    seen: list[str] = []
    with _client(fault_server.url("ok")) as client:
        reply = client.complete(MESSAGES, stream=True, on_text=seen.append, max_tokens=50)
    assert reply.text == "Hello from the stream, piece by piece."
    assert len(seen) > 1 and "".join(seen) == reply.text
    assert reply.usage == {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    sent = fault_server.chat_requests("ok")[0].body
    assert sent["stream"] is True and sent["max_tokens"] == 50 and sent["model"] == "test-model"
    assert sent["temperature"] == 0.4 and "response_format" not in sent


def test_no_key_for_openai_itself_is_a_clear_error():
    settings = resolve_settings(model="gpt-4o-mini", offline=False)
    with pytest.raises(LLMError, match="set OPENAI_API_KEY or pass --api-key"):
        ChatClient(settings).complete(MESSAGES)


def test_server_without_stream_options_still_streams(fault_server):
    fault_server.script.append("Streamed without usage.")
    with _client(fault_server.url("nostreamopts")) as client:
        reply = client.complete(MESSAGES, stream=True)
    assert reply.text == "Streamed without usage."
    first, second = (r.body for r in fault_server.chat_requests("nostreamopts"))
    assert "stream_options" in first and "stream_options" not in second and second["stream"] is True


# ------------------------------------------------------------------ what happened, in words (issue 17)


def test_a_host_that_does_not_resolve_says_dns_and_names_the_host():
    # .invalid never resolves (RFC 2606): the same path as a machine with no network
    started = time.monotonic()
    text = _fail(_client("https://api.example.invalid/v1", retries=2))
    assert "cannot reach https://api.example.invalid/v1" in text and "does not resolve (DNS" in text
    assert "check your network connection" in text and "start the server" not in text
    assert time.monotonic() - started < 5  # not retried


def test_a_refused_connection_says_nothing_is_listening(closed_port):
    text = _fail(_client(f"http://127.0.0.1:{closed_port}/v1", retries=2))
    assert f"nothing is listening at http://127.0.0.1:{closed_port}/v1 (connection refused)" in text
    assert "start the server" in text


def test_https_to_a_plain_http_server_is_a_tls_failure(fault_server):
    url = fault_server.url("ok").replace("http://", "https://")
    text = _fail(_client(url))
    assert "TLS handshake" in text and f"127.0.0.1:{fault_server.port}" in text


def test_403_says_access_was_denied(fault_server):
    text = _fail(_client(fault_server.url("403")))
    assert "denied access (403)" in text and "permissions" in text


@pytest.mark.parametrize("stream", [False, True])
def test_a_plain_http_server_is_named_not_pasted(fault_server, stream):
    text = _fail(_client(fault_server.url("plain"), retries=2), stream=stream)
    assert "not an OpenAI-compatible API" in text and "501" in text
    assert "HTML page titled 'Error response'" in text
    assert "<" not in text and "DOCTYPE" not in text.upper() and len(text) < 400
    assert fault_server.hits["plain"] == 1  # a web page is not retried


@pytest.mark.parametrize("stream", [False, True])
def test_a_web_site_answering_200_is_not_an_api(fault_server, stream):
    text = _fail(_client(fault_server.url("site")), stream=stream)
    assert "not an OpenAI-compatible API" in text and "<" not in text


def test_retries_are_announced_with_the_servers_wait(fault_server):
    said: list[str] = []
    client = _client(fault_server.url("429wait"), retries=1)
    client.on_retry = said.append
    started = time.monotonic()
    text = _fail(client)
    assert said == [f"rate limited (429) from {fault_server.url('429wait')}; retrying in 1 s (1 of 1)"]
    assert time.monotonic() - started >= 1.0
    assert "gave up after 1 retry" in text and fault_server.hits["429wait"] == 2


def test_a_wait_longer_than_30_s_is_not_waited_for(fault_server):
    said: list[str] = []
    client = _client(fault_server.url("429long"), retries=2)
    client.on_retry = said.append
    text = _fail(client)
    assert said == [] and "asks to wait 120 s" in text and fault_server.hits["429long"] == 1
