"""The offline writer end to end: eligibility, honest fit, gaps, the story bank, and its check."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from coverletter.job.model import Job
from coverletter.match import match_profile
from coverletter.profile import load_profile
from coverletter.profile.model import Profile
from coverletter.write.composer import compose_letter
from coverletter.write.draft import CHANGE_OF_FIELD
from coverletter.write.stories import parse_stories, pick_stories

from fixture_paths import EXAMPLES, RENDERCV_PROFILE, SEED_POSTING
from helpers import run_cli

DAY = datetime.date(2026, 11, 27)
MAYA = EXAMPLES / "profile.json"  # PhD in progress, ending 2027-05
ACCOUNTANT = Job(raw_text="posting", source="p.txt", company="Ledgerly", title="Staff Accountant",
                 requirements=["Bachelor's degree in Accounting", "3 years of accounts payable experience",
                               "Experience with QuickBooks and payroll"],
                 responsibilities=["Record daily deposits", "Manage accounts receivable"])


def _letter(profile: Profile, job: Job, **options: object):
    return compose_letter(profile, job, match_profile(profile, job), today=DAY, **options)


def test_a_phd_internship_letter_says_when_the_degree_ends(shared_fixtures: Path) -> None:
    from coverletter.job import load_job

    letter = _letter(load_profile(MAYA), load_job(SEED_POSTING))
    opening = letter.paragraphs[0].text
    assert "PhD" in opening and re.search(r"\b(graduat\w+|completed?)\b.*May 2027", opening), opening


def test_a_finished_degree_against_an_enrolment_requirement_is_a_notice(
        shared_fixtures: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "generate", str(RENDERCV_PROFILE), str(SEED_POSTING), "--offline",
                           "--date", "2026-11-27", "-o", str(tmp_path / "l.md"))
    assert code == 0
    assert "note: the posting asks for current enrolment" in err


def test_a_weak_fit_is_said_and_kept_short(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    letter = _letter(load_profile(MAYA), ACCOUNTANT)
    assert any(said.split(",")[0] in letter.body for said in CHANGE_OF_FIELD)  # said plainly, in one of its wordings
    assert "closest to what" not in letter.body  # no claim that unrelated work fits
    assert letter.word_count <= 320
    assert letter.meta.fit_notices and letter.meta.fit_notices[-1].startswith("weak fit: match score")


def test_gaps_never_name_the_employer_a_tiny_token_or_a_soft_skill() -> None:
    job = Job(raw_text="posting", source="p.txt", company="Ledgerly", title="Data Analyst",
              requirements=["Python for data analysis", "R", "Experience with Ledgerly products",
                            "Excellent communication skills", "Experience with Tableau dashboards"])
    profile = load_profile(MAYA)
    acknowledge = _letter(profile, job, gaps="acknowledge").body
    gaps = next(s for s in re.split(r"(?<=\.)\s+", acknowledge) if "does not show yet" in s)
    assert "Tableau" in gaps
    assert "Ledgerly" not in gaps and "communication" not in gaps and " R," not in gaps and "“r”" not in gaps
    adjacent = _letter(profile, job, gaps="adjacent").body
    offered = re.findall(r"the closest I have done is this: (I [^.]+)\.", adjacent)
    assert len(offered) == len(set(offered))  # never one CV line for two gaps


STORIES = EXAMPLES / "stories.md"


def test_stories_go_in_verbatim_and_their_cv_lines_are_not_repeated(capsys: pytest.CaptureFixture[str],
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "letter.md"
    code, _, err = run_cli(capsys, "generate", str(MAYA), str(EXAMPLES / "posting.txt"), "--offline",
                           "--date", "2026-11-27", "--stories", str(STORIES), "-o", str(out))
    assert code == 0, err
    text = " ".join(out.read_text().split())
    bank = parse_stories(STORIES.read_text())
    told = [s for s in bank if s.text in text]
    assert told, "no story of the bank was used"
    assert "stories used: " + told[0].title in err
    if any(s.title == "Loomcache" for s in told):
        assert "cutting data-loading stalls by 38%" not in text  # the CV line the story tells is not said again
    assert "all checks passed" in err


def test_the_best_stories_are_those_nearest_the_posting() -> None:
    bank = parse_stories("## Bakery\ntags: baking, bread\n\nI ran the bakery's sourdough line.\n\n"
                         "## Cache\ntags: caching, storage\n\nI built a cache for training data.\n")
    job = Job(raw_text="p", source="p", requirements=["Experience with caching and storage systems"])
    assert [s.title for s in pick_stories(bank, job)] == ["Cache"]
    assert pick_stories(bank, Job(raw_text="p", source="p", requirements=["Forklift licence"])) == []


def test_stories_check_passes_the_example_and_names_an_invented_claim(capsys: pytest.CaptureFixture[str],
                                                                      tmp_path: Path) -> None:
    code, out, _ = run_cli(capsys, "stories", "check", str(STORIES), "--profile", str(MAYA))
    assert code == 0 and out.count("; ok") == 3
    bad = tmp_path / "bad.md"
    bad.write_text("## Fake\nI worked at Initech Global as Principal Engineer and grew revenue by 84%.\n")
    code, out, err = run_cli(capsys, "stories", "check", str(bad), "--profile", str(MAYA))
    assert code != 0 and "Initech Global" in out and "84%" in out
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_story_bank_without_stories_is_one_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "stories.md"
    empty.write_text("Just some notes, no headings.\n")
    code, _, err = run_cli(capsys, "stories", "check", str(empty), "--profile", str(MAYA))
    assert code == 2 and "no story found" in err and "## Title" in err


def test_a_batch_letter_avoids_the_wordings_of_the_letters_before_it(shared_fixtures: Path) -> None:
    from coverletter.job import load_job
    from coverletter.text import sentences
    from coverletter.write.draft import sentence_keys

    profile = load_profile(MAYA)
    first = _letter(profile, load_job(EXAMPLES / "posting.txt"))
    seed = load_job(SEED_POSTING)
    alone = _letter(profile, seed)
    after = _letter(profile, seed, avoid=sentence_keys(sentences(first.body)))
    said = sentence_keys(sentences(first.body))
    repeated_alone = sentence_keys(sentences(alone.body)) & said
    assert repeated_alone  # the two letters share wordings when written alone
    assert len(sentence_keys(sentences(after.body)) & said) < len(repeated_alone)


def test_a_cv_readers_artefact_is_never_named_as_an_employer() -> None:
    from coverletter.write.english import looks_like_org

    assert not any(looks_like_org(name) for name in ("Completed in", "Present", "MATLAB",
                                                      "One of three projects of my dissertation"))
    assert all(looks_like_org(name) for name in ("Klarna", "Boston Interactive", "Python Software Foundation"))
