"""Policies by category of claim (issue 12, session 7), each pinned with real sentences of the letter corpus
(tests/data/letters/real/): the claims of that category the policy no longer flags, and ones of the same
category that must stay flagged.

* A field of work in general words ("web development", "automated testing", "data science") is backed by any
  skill of the field's category in the profile, or a position named by the field; a speciality inside a field,
  a named tool and a field the profile has no skill of stay flagged.
* A kind of work in general words that the lexicon files under a named skill ("continuous deployment" under
  CI/CD) is backed by one line of the profile doing that work with a skill of the same category.
* A certificate by its acronym may leave one word of the CV's name out ("OCJP" for Oracle Certified
  Professional, Java Programmer); an acronym of other initials stays flagged.
* A duration of experience may count from the first dated job or from the end of a course or degree to the end
  of the profile's history (an open end: the latest date the CV gives, up to a year after); a stint in months
  and a duration no such start fits stay flagged.
"""

from __future__ import annotations

import pytest
from test_check_real_text import _check, _flagged, _sentence

from coverletter.check.fields import field_category
from coverletter.match.coverage import default_lexicon


@pytest.mark.parametrize(("letter", "start", "field"), [
    ("ashiq-juniper", "* Proficient in Python, Java, JS, HTML", "web development"),  # CV: HTML, CSS, Node.js
    ("alsafi-arm", "My commitment to quality is evident", "automated testing"),  # CV: unit testing, CI/CD
    ("reed-jpmorgan", "During graduate school I gained valuable experience", "data science"),  # CV: data processing
])
def test_a_field_of_work_is_backed_by_a_skill_of_that_field(letter: str, start: str, field: str) -> None:
    said = _sentence(letter, start)
    assert field in said
    assert not [f for f in _flagged(_check(letter, said)) if field in f]


def test_a_field_the_profile_has_no_skill_of_stays_flagged() -> None:
    # the same sentence against an electronics engineer's CV (no web skill, no web post)
    said = _sentence("ashiq-juniper", "* Proficient in Python, Java, JS, HTML")
    assert "web development" in _flagged(_check("patterson-general", said.replace("HTML, ", "")))


@pytest.mark.parametrize(("letter", "start", "speciality"), [
    ("carey-evidera", "I also developed a process for scraping review data", "sentiment analysis"),
    ("carey-evidera", "I also developed a process for scraping review data", "natural language processing"),
    ("satriawan-revalue", "in building AI systems", "computer vision"),
    ("cantieni-dell", "At both school, and working at Open Learninig Exchange", "pair programming"),
])
def test_a_speciality_inside_a_field_stays_a_claim(letter: str, start: str, speciality: str) -> None:
    said = _sentence(letter, start)
    assert speciality in _flagged(_check(letter, said))


def test_what_makes_a_field() -> None:
    lexicon = default_lexicon()
    assert field_category("web development", "web development", lexicon) == "web and mobile"
    assert field_category("quality assurance", "quality assurance", lexicon) == "testing and quality"
    assert field_category("data pipelines", "data pipelines", lexicon) == "data and databases"
    for speciality in ("computer vision", "sentiment analysis", "pair programming", "project management"):
        assert field_category(speciality, lexicon.canonical(speciality) or speciality, lexicon) is None
    assert field_category("Machine Learning", "machine learning", lexicon) == "machine learning and AI"  # emphasis
    assert field_category("Functional Programming", "functional programming", lexicon) is None


def test_a_kind_of_work_filed_under_a_tool_is_backed_by_a_line_doing_it() -> None:
    # CV: "Experience with containerized services and deployments on Apache Mesos, using Docker and Python."
    said = _sentence("awad-mongodb", "I immediately began to research new tools")
    assert "continuous deployment" not in _flagged(_check("awad-mongodb", said))
    # an electronics engineer's CV has no deployment work: still a claim
    assert "continuous deployment" in _flagged(_check("patterson-general", said))


def test_years_of_experience_count_from_the_start_of_a_later_career() -> None:
    # CV: jobs in other trades from 2009, a web development bootcamp ended January 2017, software posts since then
    # (the last open, begun April 2024)
    said = _sentence("johnson-fullstack", "With extensive experience working in PCI")
    assert "eight years" not in _flagged(_check("johnson-fullstack", said))
    assert "twenty years" in _flagged(_check("johnson-fullstack", said.replace("eight years", "twenty years")))
    assert "eleven years" in _flagged(_check("johnson-fullstack", said.replace("eight years", "eleven years")))


def test_a_stint_in_months_and_years_of_teaching_stay_claims() -> None:
    said = _sentence("harris-cscce", "Phase project where my main task")
    assert "6 months" in _flagged(_check("harris-cscce", said))
    said = _sentence("harris-snu", "I also have three years of experience teaching")
    assert "three years" in _flagged(_check("harris-snu", said))


def test_a_certificate_by_its_acronym_with_one_word_left_out() -> None:
    # CV: "Oracle Certified Professional, Java Programmer"; the letter writes OCJP
    said = _sentence("jun-paper", "In my previous position at Oracle Korea")
    assert "OCJP" not in _flagged(_check("jun-paper", said))
    assert "OCMP" in _flagged(_check("jun-paper", said.replace("OCJP", "OCMP")))  # no M word in the CV's line
