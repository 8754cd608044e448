"""Inventions that share words with the profile or the posting are caught; the honest sentences beside them,
and a letter's own frame, are not flagged (issue 12)."""

from __future__ import annotations

import pytest

from coverletter.check.report import CheckReport, check_letter
from coverletter.job.model import Job
from coverletter.profile.model import Profile

_LEXICON: list[object] = []

PROFILE = {
    "basics": {"name": "Dana Reyes", "label": "Storage Engineer", "phone": "+1 530 207 0353",
               "summary": "Storage engineer. Go Sooners!"},
    "work": [
        {"name": "Kestrel Analytics Inc.", "position": "Storage Engineer", "startDate": "2019-01",
         "highlights": ["Wrote the block store's compaction in Rust", "Answered 1,200 on-call pages in two years",
                        "Ran our Agile ceremonies for a team of 6"]},
        {"name": "University of Washington", "position": "Research Assistant", "startDate": "2016-09",
         "endDate": "2018-12", "highlights": ["Taught the systems lab as a teaching assistant"]},
        {"name": "Pied Piper", "position": "Co-founder", "startDate": "2015-01", "endDate": "2016-08"},
    ],
    "education": [{"institution": "University of Washington", "studyType": "Ph.D.", "area": "Computer Science"}],
    "skills": [{"name": "Languages", "keywords": ["Rust", "Go", "Python"]}, {"name": "Methods", "keywords": ["Agile"]}],
    "projects": [{"name": "GoogleMaps tile cache", "description": "A cache for map tiles"}],
    "publications": [{"name": "Emergent Communication in Storage Clusters"}],
}

INVENTIONS = [
    ("I worked at Rust Analytics as a storage engineer.", "Rust Analytics"),
    ("Before that, I spent two years at Agile Solutions GmbH.", "Agile Solutions GmbH"),
    ("I completed a 2023 internship at Tidewater Labs.", "Tidewater Labs"),
    ("I previously worked at Kestrel Robotics on motor control.", "Kestrel Robotics"),
    ("At Python Storage Systems I led the cache team.", "Python Storage Systems"),
    ("I was a storage engineer at Washington Analytics.", "Washington Analytics"),
    ("I interned with Tidewater Labs in 2022.", "Tidewater Labs"),
    ("I hold a Ph.D. in Astrophysics from the University of Oregon.", "University of Oregon"),
    ("I used GitHub Copilot daily to write Rust.", "GitHub Copilot"),
    ("I built a game similar to Mario, using Rust and COBOL.", "COBOL"),  # a comparison ends at its comma
    ("Initech hired me in 2020 to run its storage.", "Initech"),  # a first word that is no English word
    ("Tidecache: a storage tool I wrote in Rust.", "Tidecache"),
    ("I once built my own weather forecasting app in Rust.", "weather forecasting app"),
]

HONEST = [
    "I worked at Kestrel Analytics as a storage engineer, writing Rust.",
    "At UW I was a former researcher in the systems group.",
    "I enjoyed teaching the systems lab.",
    "Before starting Pied Piper, I studied at the University of Washington.",
    "I built a Google Maps tile cache.",
    "I answered twelve hundred on-call pages in two years.",
    "I ran Agile ceremonies for a team of six.",
    "I hold a Ph.D. in the Department of Computer Science at UW.",
    "Tidewater Labs's mission to make tides predictable appeals to me.",
    "The prospect of building storage at Tidewater Labs greatly appeals to me.",
    "Your forecasting models and your Kafka pipelines are what draw me to the role.",
    "I am excited to join Tidewater Labs as a storage engineer.",
    "I have written Rust for three teams (Kestrel Analytics, Pied Piper and UW).",
    # session 2 (real letters): a misspelt employer, a skill capitalised by its sentence's start, a thing named
    # with 'the', a plural acronym, day names, number words and everyday words first, a department of the
    # profile's school by its initials, another team's name
    "I worked at Kestrel Analytcs as a storage engineer.",
    "Software development, which began as a hobby, became my work.",
    "My understanding reaches below the level of the compiler.",
    "I wrote Rust to make the web UIs faster.",
    "I spent my Saturdays teaching the systems lab.",
    "Twelve hundred on-call pages taught me to write runbooks.",
    "Storage fascinates me.",
    "I was a research assistant in the Computer Science Department at the University of Washington.",
    "My cache resembles the one built by the Storage Platform teams at Tidewater Labs.",
    "I once built my own compaction tool in Rust.",
]

FRAME = """Dana Reyes
12 Rue Virginio-Malnati, 1217 Meyrin · +1 530 207 0353 · dana@example.com · dreyes.dev · dreyes · dreyes

To: Tidewater Labs Human Resources
Tidewater Labs Inc.
24 Harbour Road, Portland, OR 97201

2 December 2026

Re: Storage Engineer (posting 4471)

Dear Hiring Team,

I have worked as a storage engineer at Kestrel Analytics since 2019, where I wrote the block store's compaction in Rust.

- Broad experience with Go and Python.
- Demonstrated care for on-call work.

Please call me at +1 530 207 0353.

Sincerely,

Dana "Dee" Reyes
Enclosure: CV
"""


def _check(letter: str) -> CheckReport:
    if not _LEXICON:
        from coverletter.match.lexicon import load_lexicon

        _LEXICON.append(load_lexicon())
    return check_letter(letter, _profile(), _job(), lexicon=_LEXICON[0], words=(1, 10_000))


def _profile() -> Profile:
    return Profile.from_dict(PROFILE)


def _job() -> Job:
    raw = "Storage Engineer\nTidewater Labs\nWe run Kafka and forecasting models. Requirements: Rust, Go."
    return Job(raw_text=raw, source="posting.txt", company="Tidewater Labs", title="Storage Engineer",
               requirements=["Rust", "Go"], skills=["Rust", "Go", "Kafka"])


@pytest.mark.parametrize(("sentence", "invented"), INVENTIONS)
def test_an_invention_that_shares_words_is_caught(sentence: str, invented: str) -> None:
    report = _check(f"Dear Hiring Team,\n\n{sentence}\n\nSincerely,\nDana Reyes\n")
    assert any(invented.casefold() in c.text.casefold() for c in report.unsupported), [
        (c.text, c.kind, c.supported, c.detail) for c in report.claims]


@pytest.mark.parametrize("sentence", HONEST)
def test_an_honest_variant_is_not_flagged(sentence: str) -> None:
    report = _check(f"Dear Hiring Team,\n\n{sentence}\n\nSincerely,\nDana Reyes\n")
    assert report.unsupported == [], [(c.text, c.kind, c.detail) for c in report.unsupported]


def test_the_frame_and_contact_data_are_no_claims() -> None:
    report = _check(FRAME)
    assert report.unsupported == [], [(c.text, c.kind, c.detail) for c in report.unsupported]
    texts = {c.text for c in report.claims}
    assert not texts & {"Rue Virginio-Malnati", "1217", "24", "530", "Broad", "Demonstrated", "4471"}
    assert {"Kestrel Analytics", "Rust"} <= texts


def test_skill_evidence_is_the_skill_not_a_homonym_in_a_name() -> None:
    profile = Profile.from_dict({**PROFILE, "skills": [{"name": "Languages", "keywords": ["Python"]}]})
    report = check_letter("Dear Team,\n\nI write Go every day.\n\nSincerely,\nDana Reyes\n", profile, _job(),
                          words=(1, 10_000))
    go = [c for c in report.claims if c.text == "Go"]
    assert go and not go[0].supported  # "Go Sooners!" in the summary is no Go
