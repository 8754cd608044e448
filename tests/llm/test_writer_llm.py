"""write_letter end to end through the real openai client: a real llama.cpp model, and scripted replies.

The real model (SmolLM2-135M) writes whatever it writes; the tests assert the pipeline around it: the
frame is intact, the body holds only cleaned paragraphs with known evidence ids, the checks ran, the
revision loop and the fallback happened exactly when they should.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

from coverletter.check.report import check_letter
from coverletter.job import load_job
from coverletter.match.coverage import match_profile
from coverletter.profile import load_profile
from coverletter.settings import resolve_settings
from coverletter.write.client import ChatClient
from coverletter.write.composer import compose_letter
from coverletter.write.frame import letter_frame
from coverletter.write.llm_writer import WriteRequest, write_letter
from coverletter.write.prompt import build_prompt
from coverletter.write.reply import body_schema

from fixture_paths import RENDERCV_PROFILE, SAMPLE_PROFILE, SEED_POSTING

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
WORDS = (40, 120)
SUPPORTED = "I designed and built Loomcache, a distributed cache for training data written in Rust and Python."
UNSUPPORTED = "I spent twelve years at Google leading a team of engineers."
CLOSING = "I would welcome the chance to discuss the internship with Tidewater Labs."

pytestmark = pytest.mark.llm


@pytest.fixture(scope="module")
def inputs():
    profile = load_profile(EXAMPLES / "profile.json")
    job = load_job(EXAMPLES / "posting.txt")
    return profile, job, match_profile(profile, job)


def _settings(url: str, **changes: object):
    """Settings for url; a small prompt and reply keep the real model quick (scripted tests pass more)."""
    settings = resolve_settings(base_url=url, model="smollm2", temperature=0, seed=7, max_retries=0, timeout=240)
    return dataclasses.replace(settings, **{"max_prompt_tokens": 1500, "max_tokens": 200, **changes})


def _scripted(url: str):
    return _settings(url, max_prompt_tokens=6000)  # every evidence id is in the prompt


def _write(inputs, settings, **kwargs):
    profile, job, matched = inputs
    return write_letter(WriteRequest(profile, job, matched, settings, frame=letter_frame(profile, job), words=WORDS,
                                     checker=lambda letter: check_letter(letter, profile, job, words=WORDS),
                                     **kwargs))


def _assert_complete(result, inputs, known_ids: list[str]) -> None:
    profile, job, _ = inputs
    letter = result.letter
    frame = letter_frame(profile, job)
    assert letter.salutation == frame.salutation == "Dear Tidewater Labs hiring team,"
    assert (letter.closing, letter.signature) == (frame.closing, "Maya Okafor-Lindqvist")
    assert letter.sender == frame.sender and letter.recipient == frame.recipient
    assert letter.paragraphs, "a letter always has a body"
    if letter.meta.body_source == "offline template":  # the model left nothing usable
        from coverletter.profile.evidence import iter_evidence

        known_ids = [ev.id for ev in iter_evidence(profile)]
    for paragraph in letter.paragraphs:
        assert paragraph.text.strip()
        assert not paragraph.text.lstrip().startswith(("{", "Dear", "Sincerely"))
        assert set(paragraph.evidence) <= set(known_ids)
    report = check_letter(letter, profile, job, words=WORDS)
    assert not report.placeholders


def test_real_model_structured_and_streamed(inputs, proxy_server):
    settings = _settings(proxy_server.url("proxy"))
    shown: list[str] = []
    notices: list[str] = []
    result = _write(inputs, settings, on_token=shown.append, on_notice=notices.append)
    requests = proxy_server.chat_requests("proxy")
    first = requests[0].body
    assert first["stream"] is True and first["temperature"] == 0 and first["seed"] == 7
    assert first["response_format"]["type"] == "json_schema"
    prompt_ids = first["response_format"]["json_schema"]["schema"]["properties"]["paragraphs"]["items"][
        "properties"]["evidence"]["items"]["enum"]
    _assert_complete(result, inputs, prompt_ids)
    assert result.structured is True and result.model
    assert result.usage and result.usage["completion_tokens"] > 0 and result.cost_usd is None
    streamed = "".join(shown)
    assert streamed.strip() and '"paragraphs"' not in streamed  # the terminal sees prose, not JSON
    # the revision loop ran exactly when the first draft had unsupported claims
    assert len(requests) == (2 if result.revised else 1)
    if result.revised:
        revise = requests[1].body["messages"][-1]["content"]
        assert "not supported by the evidence" in revise
        assert requests[1].body["messages"][-2]["role"] == "assistant"
    assert not result.report.unsupported  # leftovers were removed (not --keep-flagged)


def test_real_model_plain_text_fallback_without_streaming(inputs, proxy_server):
    settings = _settings(proxy_server.url("nojson"))
    notices: list[str] = []
    result = _write(inputs, settings, stream=False, on_notice=notices.append)
    assert any("rejected structured output" in n for n in notices)
    assert result.structured is False
    requests = proxy_server.chat_requests("nojson")
    assert "response_format" in requests[0].body and "response_format" not in requests[1].body
    assert not requests[1].body.get("stream")
    system = requests[1].body["messages"][0]["content"]
    assert "square brackets" in system and "JSON only" not in system
    prompt = build_prompt(*inputs, words=WORDS, structured=False, budget=1500)
    _assert_complete(result, inputs, prompt.evidence_ids)


def test_real_model_schema_is_honoured(inputs, llama_server):
    settings = _settings(llama_server.base_url)
    prompt = build_prompt(*inputs, words=WORDS, budget=1500)
    schema = body_schema(prompt.evidence_ids, WORDS)
    with ChatClient(settings) as client:
        reply = client.complete(prompt.messages, schema=schema, stream=False, max_tokens=200)
    if reply.finish_reason == "stop":  # a reply cut by max_tokens cannot be whole JSON
        jsonschema.validate(json.loads(reply.text), schema)
    assert reply.text.lstrip().startswith("{")


def test_revision_removes_what_stays_unsupported(inputs, fault_server):
    draft = {"paragraphs": [{"text": f"{SUPPORTED} {UNSUPPORTED}", "evidence": ["work[0].highlights[0]"]},
                            {"text": CLOSING, "evidence": []}]}
    fault_server.script += [json.dumps(draft), json.dumps(draft)]
    notices: list[str] = []
    result = _write(inputs, _scripted(fault_server.url("ok")), on_notice=notices.append)
    requests = fault_server.chat_requests("ok")
    assert len(requests) == 2 and result.revised
    revise = requests[1].body["messages"][-1]["content"]
    assert "Google" in revise and "twelve years" in revise
    assert result.removed_claims == [UNSUPPORTED]
    assert "Google" not in result.letter.body and SUPPORTED in result.letter.body
    assert result.letter.paragraphs[0].evidence == ["work[0].highlights[0]"]
    assert not result.report.unsupported and result.flagged_claims == []
    assert any("removed 1 sentence" in n for n in notices)


def test_revision_fixes_and_keep_flagged_keeps(inputs, fault_server):
    draft = {"paragraphs": [{"text": f"{SUPPORTED} {UNSUPPORTED}", "evidence": ["work[0].highlights[0]"]},
                            {"text": CLOSING, "evidence": []}]}
    fixed = {"paragraphs": [{"text": SUPPORTED, "evidence": ["work[0].highlights[0]"]},
                            {"text": CLOSING, "evidence": []}]}
    fault_server.script += [json.dumps(draft), json.dumps(fixed)]
    result = _write(inputs, _scripted(fault_server.url("ok")))
    assert result.revised and result.removed_claims == [] and SUPPORTED in result.letter.body
    assert not result.report.unsupported

    fault_server.reset()
    fault_server.script += [json.dumps(draft), json.dumps(draft)]
    kept = _write(inputs, _scripted(fault_server.url("ok")), keep_flagged=True)
    assert kept.flagged_claims == [UNSUPPORTED] and UNSUPPORTED in kept.letter.body
    assert kept.letter.meta.flagged_claims == [UNSUPPORTED]
    assert {c.text for c in kept.report.unsupported} >= {"Google"}


def test_nothing_usable_falls_back_to_the_offline_body(inputs, fault_server):
    junk = {"paragraphs": [{"text": "Dear [Hiring Manager], JOB POSTING R1, R2, R3.", "evidence": []}]}
    fault_server.script += [json.dumps(junk)]
    notices: list[str] = []
    result = _write(inputs, _scripted(fault_server.url("ok")), on_notice=notices.append)
    assert len(fault_server.chat_requests("ok")) == 1  # nothing to revise
    assert result.letter.paragraphs and "[" not in result.letter.body
    assert any("offline template" in n for n in notices)


# What SmolLM2-135M wrote for the example (issue 17): fluent, off-topic, nothing from the CV.
OFF_TOPIC = ("I am writing to you today to inform you that I am writing to you about the recent publication of my "
             "research, which is focused on the impact of climate change on the environment.")


def test_an_off_topic_reply_is_rejected_and_the_offline_letter_said_so(inputs, fault_server):
    fault_server.script += [json.dumps({"paragraphs": [{"text": OFF_TOPIC, "evidence": []}]})]
    notices: list[str] = []
    result = _write(inputs, _scripted(fault_server.url("ok")), on_notice=notices.append)
    assert len(fault_server.chat_requests("ok")) == 1  # nothing from the CV: no revision is asked for
    assert result.rejected and "off-topic" in result.rejected and "nothing from the CV" in result.rejected
    assert result.letter.meta.body_source == "offline template" and "climate" not in result.letter.body
    assert any("not usable" in n and "offline template" in n for n in notices)


def test_an_off_topic_reply_without_fallback_is_one_clear_error(inputs, fault_server):
    from coverletter.errors import LLMError

    fault_server.script += [json.dumps({"paragraphs": [{"text": OFF_TOPIC, "evidence": []}]})]
    with pytest.raises(LLMError, match="the model's letter was not usable: it is off-topic"):
        _write(inputs, _scripted(fault_server.url("ok")), fallback="none")


@pytest.mark.parametrize("profile_name", ["example", "jsonresume-sample", "rendercv"])
def test_a_strong_models_letter_for_each_shared_profile_goes_through_whole(fault_server, shared_fixtures,
                                                                             profile_name):
    """A strong model's letter (true sentences from the CV, with their evidence ids), replayed: the prompt held
    the top evidence of every covered line, no true sentence is removed, the checks pass."""
    path = {"example": EXAMPLES / "profile.json", "jsonresume-sample": SAMPLE_PROFILE,
            "rendercv": RENDERCV_PROFILE}[profile_name]
    profile, job = load_profile(path), load_job(SEED_POSTING)
    matched = match_profile(profile, job)
    # the thin sample fits the seed posting weakly: its honest letter is short, so its band is the short one
    words = (90, 300) if profile_name == "jsonresume-sample" else (250, 400)
    strong = compose_letter(profile, job, matched, words=words)
    reply = {"paragraphs": [{"text": p.text, "evidence": list(p.evidence)} for p in strong.paragraphs]}
    fault_server.script.append(json.dumps(reply))
    result = write_letter(WriteRequest(profile, job, matched, _scripted(fault_server.url("ok")),
                                       frame=letter_frame(profile, job), words=words,
                                       checker=lambda letter: check_letter(letter, profile, job, words=words)))
    sent = fault_server.chat_requests("ok")[0].body["messages"][1]["content"]
    for item in matched.items:
        if item.strength == "strong":
            assert f"[{item.evidence[0].id}]" in sent, item.requirement
    assert result.rejected is None and result.removed_claims == [] and not result.revised
    assert [p.text for p in result.letter.paragraphs] == [p.text for p in strong.paragraphs]
    report = check_letter(result.letter, profile, job, words=words)
    assert not report.unsupported, report.unsupported
    # the checks pass as they pass for the letter itself (a thin CV's letter may be short of the band)
    source = check_letter(strong, profile, job, words=words)
    assert [c.name for c in report.failed] == [c.name for c in source.failed] and set(
        c.name for c in report.failed) <= {"length"}
