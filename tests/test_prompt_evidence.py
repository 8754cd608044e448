"""What the model is given: the best evidence of every profile shape, and coverage without word-match errors.

Run on examples/ and the shared fixtures (the JSON Resume sample, the rendercv CV, the seed posting).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from coverletter.api import load_job, load_profile
from coverletter.job.model import Job
from coverletter.match import match_profile
from coverletter.match.guards import eligibility
from coverletter.profile.evidence import iter_evidence
from coverletter.profile.model import Education, Profile, Project
from coverletter.write.prompt import build_prompt, rank_evidence

from fixture_paths import EXAMPLES, RENDERCV_PROFILE, SAMPLE_PROFILE, SEED_POSTING


def _prompt(profile_path: Path, posting: Path, budget: int = 6000) -> tuple[object, object, object]:
    profile, job = load_profile(profile_path), load_job(posting)
    matched = match_profile(profile, job)
    return profile, matched, build_prompt(profile, job, matched, budget=budget)


def test_the_example_prompt_carries_the_award_the_maintainer_line_and_the_mentoring():
    profile, _, prompt = _prompt(EXAMPLES / "profile.json", EXAMPLES / "posting.txt")
    user = prompt.messages[1]["content"]
    for line in ("Best Student Paper Award", "Maintainer; 40 contributors and 1,200 GitHub stars",
                 "Mentored 3 undergraduate researchers"):
        assert line in user
    total = len(iter_evidence(profile))
    # the count is of the CV's items, not of the matched ones
    assert f"({prompt.evidence_kept} of the CV's {total} items;" in user
    assert prompt.evidence_kept == total and prompt.evidence_dropped == 0


@pytest.mark.parametrize("profile_path", [EXAMPLES / "profile.json", SAMPLE_PROFILE, RENDERCV_PROFILE],
                         ids=["example", "jsonresume-sample", "rendercv"])
@pytest.mark.parametrize("budget", [6000, 2500, 1800], ids=["roomy", "tight", "tighter"])
def test_a_budget_never_drops_strong_evidence_while_weaker_is_sent(shared_fixtures, profile_path, budget):
    profile, matched, prompt = _prompt(profile_path, SEED_POSTING, budget)
    ranking = rank_evidence(matched, profile)
    sent = set(prompt.evidence_ids)
    sent_tiers = [e["tier"] for e in ranking if e["id"] in sent]
    dropped_tiers = [e["tier"] for e in ranking if e["id"] not in sent]
    assert not dropped_tiers or max(sent_tiers) <= min(dropped_tiers)
    if budget == 6000:
        assert not dropped_tiers
    if not dropped_tiers or min(dropped_tiers) > 0:
        # the top-ranked evidence of every covered line of the posting is sent
        for item in matched.items:
            if item.strength == "strong":
                assert item.evidence[0].id in sent, item.requirement


def test_every_employer_of_the_sample_reaches_the_prompt(shared_fixtures):
    profile, _, prompt = _prompt(SAMPLE_PROFILE, SEED_POSTING)
    user = prompt.messages[1]["content"]
    for job in profile.work:
        assert job.name in user


def test_an_employer_under_the_old_company_key_reaches_the_prompt(tmp_path):
    path = tmp_path / "old.json"
    path.write_text('{"basics": {"name": "Old Shape"}, "work": [{"company": "Initech", "position": "Engineer",'
                    ' "startDate": "2015-01-01", "highlights": ["Built a Go scheduler"]}]}', encoding="utf-8")
    profile = load_profile(path)
    job = Job(raw_text="x", source="x", company="Acme", title="Engineer", requirements=["Go"])
    user = build_prompt(profile, job, match_profile(profile, job)).messages[1]["content"]
    assert "Engineer at Initech" in user


def test_a_finished_phd_does_not_meet_graduating_2026_to_2028(shared_fixtures):
    doe = load_profile(RENDERCV_PROFILE)  # PhD 2018-2023
    matched = match_profile(doe, load_job(SEED_POSTING))
    line = next(i for i in matched.items if "graduating" in i.requirement)
    assert line.strength == "none"
    example = load_profile(EXAMPLES / "profile.json")  # PhD 2021-2027
    ours = next(i for i in match_profile(example, load_job(SEED_POSTING)).items if "graduating" in i.requirement)
    assert ours.strength == "strong"


def test_eligibility_compares_dates_and_levels():
    today = datetime.date(2026, 12, 1)
    finished = Profile(education=[Education(study_type="PhD", area="Physics", end_date="2020-05")])
    ongoing = Profile(education=[Education(study_type="PhD", area="Physics", start_date="2024-09")])
    expected = Profile(education=[Education(study_type="Master", area="CS", end_date="2027-06")])
    enrolled = "Currently enrolled in a PhD program in a related field"
    assert eligibility(enrolled, finished, today) is False
    assert eligibility(enrolled, ongoing, today) is True
    assert eligibility(enrolled, expected, today) is False  # a master's is not a PhD
    assert eligibility("Master's student graduating in 2027", expected, today) is True
    assert eligibility("Master's student graduating in 2029 or 2030", expected, today) is False
    assert eligibility("Strong programming skills in Python", finished, today) is None


def test_a_word_in_a_paper_title_is_not_the_skill(shared_fixtures):
    doe = load_profile(RENDERCV_PROFILE)  # publications[2]: "... with Emergent Communication"
    matched = match_profile(doe, load_job(SEED_POSTING))
    for item in matched.items:
        if "communication" in item.requirement.casefold():
            assert "publications[2]" not in [e.id for e in item.evidence], item.requirement


def test_a_multi_word_skill_needs_the_phrase_not_its_words_in_names():
    profile = Profile(projects=[Project(name="Active Learning", description="A flashcard app for students.")],
                      skills=[])
    profile.basics.name = "A. Person"
    job = Job(raw_text="x", source="x", company="Acme", title="ML Engineer", skills=["deep learning"],
              requirements=["Deep learning experience"])
    matched = match_profile(profile, job)
    assert [i.strength for i in matched.items] == ["none", "none"]
