"""Removal in LLM mode, against the loopback server replaying a real human letter (issue 12).

The letter is Alex Fischer's to Sandia (tests/data/letters/real/dev/fischer-sandia.md), whose sentences the
checker used to flag although the CV backs them ("Sandia National Laboratories" as a past employer, "UMass"
for the University of Massachusetts, "data analysis"; measured with the checker of commit 475d3ca). A model
that "wrote" it is replayed twice (draft, then an unrevised revision), with planted claims: a clause added to
a true sentence, and an invented start-up followed by a sentence that points back at it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coverletter.check.report import check_letter
from coverletter.job import load_job
from coverletter.job.model import Job
from coverletter.match.coverage import match_profile
from coverletter.profile import load_profile
from coverletter.settings import resolve_settings
from coverletter.text import word_count
from coverletter.write.composer import compose_letter
from coverletter.write.frame import letter_frame
from coverletter.write.llm_writer import WriteRequest, write_letter

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
REAL = ROOT / "tests" / "data" / "letters" / "real"
LETTER = REAL / "dev" / "fischer-sandia.md"
PROFILE = REAL / "cvs" / "alex-fischer.profile.json"
SALUTATION = "To those at the Quantum Performance Laboratory,"
TRUE_SENTENCE = "After I graduated from my undergrad, I worked for 2 years at Microsoft as a software engineer."
PLANTED_CLAUSE = "where I led a team of 37 engineers"
INVENTED = ("In 2019 I founded Initech Global, a start-up selling trading software to banks. "
            "Leading that company taught me how to plan for failure.")
WORDS = (250, 700)

pytestmark = pytest.mark.llm


def _real_paragraphs() -> list[str]:
    """The letter's body as its author wrote it: the paragraphs after the salutation."""
    text = LETTER.read_text(encoding="utf-8")
    return [p.strip() for p in text.split(SALUTATION, 1)[1].split("\n\n") if p.strip()]


def _request(url: str, words: tuple[int, int] = WORDS, **changes: object) -> WriteRequest:
    profile = load_profile(PROFILE)
    job = Job(raw_text="", source="(not public)", company="Sandia National Laboratories",
              title="quantum information research")
    settings = resolve_settings(base_url=url, model="replay", temperature=0, max_retries=0, timeout=60)
    settings = dataclasses.replace(settings, max_prompt_tokens=6000)
    return WriteRequest(profile, job, match_profile(profile, job), settings, frame=letter_frame(profile, job),
                        words=words, checker=lambda letter: check_letter(letter, profile, job, words=words),
                        **changes)


def _reply(paragraphs: list[str]) -> str:
    return json.dumps({"paragraphs": [{"text": p, "evidence": []} for p in paragraphs]})


def test_a_replayed_real_letter_loses_only_what_was_planted(fault_server):
    true = _real_paragraphs()
    assert any(TRUE_SENTENCE in p for p in true)
    planted = [p.replace(TRUE_SENTENCE, TRUE_SENTENCE[:-1] + f", {PLANTED_CLAUSE}.") for p in true]
    planted.insert(len(planted) - 2, INVENTED)
    fault_server.script += [_reply(planted), _reply(planted)]  # the model does not revise its claims
    notices: list[str] = []
    result = write_letter(_request(fault_server.url("ok"), on_notice=notices.append))

    revise = fault_server.chat_requests("ok")[1].body["messages"][-1]["content"]
    assert "Initech Global" in revise and "37" in revise and TRUE_SENTENCE[:-1] in revise  # quoted in its sentence
    # nothing true is removed: the body is the author's, word for word
    assert [p.text for p in result.letter.paragraphs] == true
    assert not result.report.unsupported
    backed = {c.text for c in result.report.claims if c.supported}
    assert {"Sandia National Laboratories", "UMass"} <= backed  # once flagged, now backed by the CV
    # the planted clause went and the rest of its sentence stayed; the invention and the sentence pointing
    # back at it went together
    assert PLANTED_CLAUSE in result.removed_claims
    assert INVENTED.split(". ")[0] + "." in result.removed_claims
    assert "Leading that company taught me how to plan for failure." in result.removed_claims
    assert any("cut the unsupported part of 1 sentence" in n and PLANTED_CLAUSE in n for n in notices)
    assert any("pointed back at a removed one" in n for n in notices)
    assert not any("below the band" in n for n in notices)


def test_removal_below_the_band_is_said_and_fails_the_length_check(fault_server):
    true = _real_paragraphs()
    count = word_count("\n\n".join(true))
    planted = [*true[:-1], true[-1] + " " + INVENTED]
    fault_server.script += [_reply(planted), _reply(planted)]
    notices: list[str] = []
    words = (count + 5, count + 200)  # the planted letter is in the band; the true part alone is not
    assert word_count("\n\n".join(planted)) >= words[0]
    result = write_letter(_request(fault_server.url("ok"), words, on_notice=notices.append))
    assert [p.text for p in result.letter.paragraphs] == true
    assert any(f"the body is {count} words, below the band of {words[0]}-{words[1]}" in n for n in notices)
    assert [c.name for c in result.report.failed] == ["length"]


def test_generate_strict_exits_non_zero_when_removal_leaves_the_letter_short(fault_server, isolated_user_dir,
                                                                            tmp_path):
    """The user's view (the example profile and posting, the offline letter's true body replayed with an
    invention): the notice on the terminal, and --strict makes the short letter an error."""
    profile, job = load_profile(EXAMPLES / "profile.json"), load_job(EXAMPLES / "posting.txt")
    true = [p.text for p in compose_letter(profile, job, match_profile(profile, job)).paragraphs]
    count = word_count("\n\n".join(true))
    planted = [*true[:-1], true[-1] + " " + INVENTED]
    fault_server.script += [_reply(planted), _reply(planted)]
    letter = tmp_path / "letter.md"
    done = subprocess.run(
        [sys.executable, "-m", "coverletter", "generate", str(EXAMPLES / "profile.json"),
         str(EXAMPLES / "posting.txt"), "--base-url", fault_server.url("ok"), "--model", "replay", "--no-stream",
         "--words", f"{count + 5}-{count + 200}", "--strict", "-o", str(letter)],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env=os.environ.copy())
    output = " ".join((done.stdout + done.stderr).split())
    assert done.returncode != 0, output
    assert f"the body is {count} words, below the band" in output and "--strict" in output
    assert "Initech" not in letter.read_text(encoding="utf-8")
