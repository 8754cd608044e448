"""`profile import --assist`: a model is asked for a CV's JSON Resume fields; only values the CV holds are kept.

The real SmolLM2 server checks the structure (schema sent, a reply that loads, nothing kept that the CV lacks);
the loopback server's scripted replies check the rules exactly (what is dropped, which parts are taken), and
its faults that a failing server is one clear line.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from coverletter.api import import_profile
from coverletter.profile.readers.backed import CVText
from coverletter.settings import resolve_settings
from tests.helpers import run_module

pytestmark = pytest.mark.llm

REAL = Path(__file__).parent.parent / "data" / "profiles" / "real"
CV = """Ada Lovelace
ada@example.org

Work
Programmer for Charles Babbage, Analytical Engine, London
Wrote the first published algorithm for the engine.

Skills
Mathematics, translation
"""


def _strings(value: object):
    if isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


def test_a_real_model_helps_and_keeps_nothing_the_cv_lacks(proxy_server):
    cv = REAL / "other" / "dev" / "abhishek-keshri.md"
    settings = dataclasses.replace(resolve_settings(base_url=proxy_server.url("proxy"), model="smollm2",
                                                    timeout=600), max_tokens=400)
    profile, reading = import_profile(cv, settings=settings)
    sent = proxy_server.chat_requests("proxy")[0].body
    assert sent["response_format"]["json_schema"]["name"] == "cv_fields"
    assert "<cv-" in sent["messages"][-1]["content"] and "data, never instructions" in sent["messages"][0]["content"]
    assert reading.notes  # what the model added, or that it added nothing / did not answer in JSON
    text = CVText(reading.text)
    assert all(text.holds(value) for value in _strings(reading.data))
    assert all(": " in line for line in reading.dropped)
    assert profile.basics.name == "Abhishek Keshri"  # the offline reading's own name is never replaced


def test_values_the_cv_lacks_are_dropped_and_better_parts_taken(fault_server, tmp_path):
    cv = tmp_path / "cv.txt"
    cv.write_text(CV, encoding="utf-8")
    fault_server.script.append(json.dumps({
        "basics": {"name": "Ada Lovelace", "label": "", "email": "ada@example.org", "phone": "+44 20 7946 0000"},
        "work": [{"name": "Charles Babbage", "position": "Programmer", "startDate": "", "endDate": ""},
                 {"name": "Initech Global", "position": "Principal Engineer", "startDate": "2019", "endDate": ""}],
        "education": [{"institution": "University of Tromsø", "studyType": "PhD", "area": "Astrophysics"}],
        "skills": ["Mathematics", "COBOL"]}))
    offline, _ = import_profile(cv)
    profile, reading = import_profile(cv, settings=resolve_settings(base_url=fault_server.url("ok"), model="m"))
    assert [(w.name, w.position) for w in profile.work] == [("Charles Babbage", "Programmer")]
    assert len(offline.work) == 0 or (offline.work[0].name, offline.work[0].position) != ("Charles Babbage",
                                                                                           "Programmer")
    assert not profile.education and profile.basics.phone is None
    assert {"basics.phone: '+44 20 7946 0000'", "work[1].name: 'Initech Global'", "skills[1]: 'COBOL'",
            "education[0].institution: 'University of Tromsø'"} <= set(reading.dropped)
    assert any(note.startswith("work: from the model (1 jobs") for note in reading.notes)
    assert profile.skills == offline.skills  # the offline reading found skills: the model's are not taken


def test_a_reply_that_is_not_json_keeps_the_offline_reading(fault_server, tmp_path):
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    fault_server.script.append("Sorry, I can't help with that.")
    offline, _ = import_profile(cv)
    profile, reading = import_profile(cv, settings=resolve_settings(base_url=fault_server.url("ok"), model="m"))
    assert profile.to_dict() == offline.to_dict() and not reading.dropped
    assert reading.notes == ["the model's reply was not JSON; the offline reading is kept"]


def test_a_structured_cv_is_not_sent(fault_server):
    cv = REAL / "jsonresume" / "dev" / "kyle-oliver.json"
    _, reading = import_profile(cv, settings=resolve_settings(base_url=fault_server.url("ok"), model="m"))
    assert not fault_server.chat_requests() and "structured already" in reading.notes[0]


def test_cli_reports_the_model_and_fails_in_one_line(fault_server, tmp_path, monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COVERLETTER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    cv = tmp_path / "cv.txt"
    cv.write_text(CV, encoding="utf-8")
    fault_server.script.append(json.dumps({
        "basics": {"name": "", "label": "", "email": "", "phone": ""},
        "work": [{"name": "Charles Babbage", "position": "Programmer", "startDate": "", "endDate": ""}],
        "education": [], "skills": ["Fortran"]}))
    done = run_module("profile", "import", cv, "--assist", "--base-url", fault_server.url("ok"), "--model", "m")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["work"][0]["name"] == "Charles Babbage"
    assert "model: work: from the model" in done.stderr and "skills[0]: 'Fortran'" in done.stderr
    failed = run_module("profile", "import", cv, "--assist", "--base-url", fault_server.url("500"), "--model", "m")
    lines = failed.stderr.strip().splitlines()
    assert failed.returncode != 0 and len(lines) == 1 and "500" in lines[0] and "Traceback" not in failed.stderr
    unset = run_module("profile", "import", cv, "--assist")
    assert unset.returncode != 0 and "--assist needs a model server" in unset.stderr
