"""The checker on sentences of real letters, each against its author's own profile (tests/data/letters/real/,
issue 12, session 3): a cause of a miss or a false alarm seen on the corpus, fixed in general and pinned here
with the sentence that showed it. Sentences are copied from the letters; the profiles are the transcribed CVs."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from coverletter import api
from coverletter.check.report import CheckReport
from coverletter.job.model import Job

CORPUS = Path(__file__).resolve().parent / "data" / "letters" / "real"


@cache
def _truth(letter: str) -> tuple[dict, Path]:
    path = next(CORPUS.glob(f"*/{letter}.truth.json"))
    return json.loads(path.read_text(encoding="utf-8")), path.parent


def _sentence(letter: str, start: str) -> str:
    """The sentence of the letter that begins with ``start``, as the letter has it."""
    truth, here = _truth(letter)
    text = (here / truth["letter"]).read_text(encoding="utf-8")
    at = text.index(start)
    end = min(i for i in (text.find(". ", at), text.find(".\n", at), len(text) - 1) if i >= 0)
    return " ".join(text[at : end + 1].split())


def _check(letter: str, *sentences: str) -> CheckReport:
    """Check sentences of a letter against its author's profile and the employer and role it addresses."""
    truth, here = _truth(letter)
    profile = api.load_profile(here / truth["profile"])
    job = Job(raw_text="", source="(not public)", company=truth.get("employer"), title=truth.get("role"))
    body = " ".join(sentences)
    return api.check(f"Dear Hiring Manager,\n\n{body}\n\nSincerely,\nA. Writer\n", profile, job, words=(1, 10_000))


def _flagged(report: CheckReport) -> list[str]:
    return [c.text for c in report.unsupported]


def test_a_two_word_practice_the_profile_lacks_is_flagged() -> None:
    sentence = _sentence("cantieni-dell", "At both school, and working at Open Learninig Exchange")
    assert "pair programming" in _flagged(_check("cantieni-dell", sentence))


@pytest.mark.parametrize(("letter", "start"), [
    ("seif-mozilla", "I have a good grasp of how Object Oriented code works"),  # "games which are open source"
    ("schriver-generic", "I have also configured my own version of osTicket"),  # "an open source ticketing system"
    ("cantieni-dell", "Software development, which began"),  # the sentence's topic
])
def test_a_two_word_practice_that_describes_a_thing_is_no_claim(letter: str, start: str) -> None:
    flagged = _flagged(_check(letter, _sentence(letter, start)))
    assert not {"open source", "software development", "Software development"} & set(flagged), flagged


def test_a_templates_stand_ins_are_no_claims() -> None:
    report = _check("mohan-internship", "I am writing this to express my interest in a software engineering internship "
                    "at [COMPANY] for Summer 2019. [CONNECTION TO COMPANY].")
    assert not any("COMPANY" in text for text in _flagged(report))


def test_a_short_name_the_letter_defines_is_its_long_name() -> None:
    first = _sentence("mohan-internship", "My internships at Delta Dental of Michigan (DDMI)")
    later = _sentence("mohan-internship", "At DDMI, I led the development")
    assert "DDMI" not in _flagged(_check("mohan-internship", first, later))
    # a short name for an organisation the profile lacks is no more backed than its long name
    report = _check("mohan-internship", "My internships at Initech Global (IG) taught me C++. At IG, I led a team.")
    assert {"Initech Global", "IG"} <= set(_flagged(report))


def test_a_degree_whose_field_the_profile_gives_in_its_degree_name() -> None:
    sentence = _sentence("rasmussen-teacher", "As you can tell from my resume")
    assert _flagged(_check("rasmussen-teacher", sentence)) == []
    assert _flagged(_check("rasmussen-teacher", "I hold a Masters in Astrophysics from Seattle Pacific University."))


def test_a_courses_title_is_no_employer() -> None:
    flagged = _flagged(_check("rasmussen-teacher", _sentence("rasmussen-teacher", "I’ve been helping teach Algebra 1")))
    assert "Algebra Lab" not in flagged, flagged
    flagged = _flagged(_check("schelly-kla", _sentence("schelly-kla", "In my Computer Systems class")))
    assert "Computer Systems" not in flagged, flagged


def test_the_opening_named_as_a_title_and_the_employer_misspelt_by_a_letter() -> None:
    sentence = _sentence("schelly-qualtrics", "I think Qualtric's listed position")
    assert _flagged(_check("schelly-qualtrics", sentence)) == []
    # the hiring company as a past employer is still a claim, however it is spelt
    assert _flagged(_check("schelly-qualtrics", "I worked at Qualtric as a Software Test Engineer."))


def test_a_title_one_hopes_to_grow_into_is_no_claim() -> None:
    sentence = _sentence("schelly-qualtrics", "I'm looking for a job where I can contribute")
    assert "computer scientist" not in _flagged(_check("schelly-qualtrics", sentence))


@pytest.mark.parametrize(("letter", "start", "tool"), [
    ("schelly-kla", "I'm actually using the terminal, vim, and pdflatex", "vim"),
    ("schelly-kla", "I started writing my own makefiles", "makefiles"),
    ("schelly-qualtrics", "I used Selenium to scrape enrollment data", "regex"),
])
def test_everyday_developer_tools_the_profile_lacks_are_flagged(letter: str, start: str, tool: str) -> None:
    assert any(tool in text for text in _flagged(_check(letter, _sentence(letter, start))))


def test_posix_threads_are_the_pthreads_of_the_profile() -> None:
    sentence = _sentence("schelly-kla", "My computer science classes had projects where we used POSIX threads")
    assert _flagged(_check("schelly-kla", sentence)) == []


def test_a_magnitude_the_profile_does_not_give_is_flagged() -> None:
    sentence = _sentence("clarke-suis", "Billions of dollars of payments")
    assert "Billions" in _flagged(_check("clarke-suis", sentence))
    # "millions of transactions" in the profile backs "millions of" in the letter
    assert _flagged(_check("satriawan-revalue", "I led a system that monitors millions of transactions.")) == []


def test_examples_in_a_later_clause_that_is_nobodys_record_are_no_claims() -> None:
    sentence = _sentence("clarke-suis", "- I designed and led the technical team that delivered")
    flagged = _flagged(_check("clarke-suis", sentence))
    assert not {"Netflix", "Hulu"} & set(flagged), flagged
    # the writer's own examples are claims: the clause holds "I", or the sentence has only one clause
    assert "Haskell" in _flagged(_check("clarke-suis", "I built payment systems in languages such as Haskell."))
    assert "Haskell" in _flagged(_check("clarke-suis", "Built payment systems in languages such as Haskell."))


def test_a_name_with_a_possessive_is_backed_part_by_part() -> None:
    sentence = _sentence("schelly-kla", "I believe that my Bachelor's education in Mathematics")
    assert _flagged(_check("schelly-kla", sentence)) == []
    assert "MIT's Applied" in _flagged(_check("schelly-kla", "I studied in MIT's Applied and Computational track."))


def test_two_titles_joined_are_backed_one_by_one() -> None:
    sentence = _sentence("satriawan-revalue", "I am a software engineer and manager")
    flagged = _flagged(_check("satriawan-revalue", sentence))
    assert not any("manager" in text for text in flagged), flagged
    assert _flagged(_check("satriawan-revalue", "I am a software engineer and nurse."))


def test_semesters_are_a_duration() -> None:
    sentence = _sentence("fyfe-stolaf", "The hard part was giving up teaching")
    assert _flagged(_check("fyfe-stolaf", sentence)) == []
    assert _flagged(_check("fyfe-stolaf", "I taught introductory physics for forty semesters."))


def test_years_ago_that_date_someone_elses_event_are_no_claim() -> None:
    sentence = _sentence("strodl-internship", "Unfortunately, it was made nearly 10 years ago")
    assert "10 years" not in _flagged(_check("strodl-internship", sentence))
    assert _flagged(_check("strodl-internship", "I started writing Rust 30 years ago."))


def test_a_member_of_a_profile_organisation_by_its_short_name() -> None:
    sentence = _sentence("strodl-internship", "Hi, I'm Mary Strodl")
    assert "CSHer" not in _flagged(_check("strodl-internship", sentence))
    assert "ACMer" in _flagged(_check("strodl-internship", "I am a proud ACMer at RIT."))


def test_a_skills_word_used_as_a_verb_with_its_object_is_no_skill() -> None:
    sentence = _sentence("ryman-stackoverflow", "Whether I'm fine-tuning responsive website components")
    assert "fine-tuning" not in _flagged(_check("ryman-stackoverflow", sentence))
    assert "fine-tuning" in _flagged(_check("ryman-stackoverflow", "I did fine-tuning of language models at scale."))


def test_what_an_organisation_is_said_in_apposition_is_no_claim() -> None:
    sentence = _sentence("mohan-internship", "I am currently the VP of Treasury")
    flagged = _flagged(_check("mohan-internship", sentence))
    assert not {"STEM", "K-12"} & set(flagged), flagged
    # the writer's own words after it are read again
    report = _check("mohan-internship", "I help FAMNM, a nonprofit for robotics students, where I taught COBOL.")
    assert "COBOL" in _flagged(report)


# issue 12, session 4: the causes left after session 3's holdout moved to dev, and a program letter's own titles

PROFILES = Path(__file__).resolve().parent / "data" / "profiles" / "real"


def _check_with(profile: Path, body: str) -> CheckReport:
    """Check a body against a real CV of the profile corpus, for no posting in particular."""
    job = Job(raw_text="", source="(not public)", company="Hopin", title="Software Engineer")
    return api.check(f"Dear Hiring Manager,\n\n{body}\n\nSincerely,\nA. Writer\n", api.load_profile(profile), job,
                     words=(1, 10_000))


@pytest.mark.parametrize(("profile", "sentence", "title"), [
    # the worst sentences of blind readings L and M (bench/readings), written by the offline writer from these CVs
    ("other/holdout/gus-dunn.tex", "At KDH Research & Communication, where I was a Master Consultant (2009), I "
     "reviewed and provided pro bono feedback & corrections on materials for “Genetics for Kids” modules, a "
     "supplement for communicating genetics in public school curricula.", "Master Consultant"),
    ("jsonresume/dev/kyle-oliver.json", "At Joint Research for Demo, where I was an AI Red Team / Pentester "
     "(2025–2026), I was tasked with getting a disallowed output from ChatGPT Atlas to prove an attack vector's "
     "neccesity of research.", "AI Red Team / Pentester"),
])
def test_a_title_the_cv_holds_is_one_backed_claim(profile: str, sentence: str, title: str) -> None:
    report = _check_with(PROFILES / profile, sentence)
    assert _flagged(report) == []
    assert any(c.kind == "title" and c.text == title and c.supported for c in report.claims)
    # a seniority word before it makes another post, read word by word as before
    assert _flagged(_check_with(PROFILES / profile, sentence.replace(title, f"Senior {title}")))


def test_an_office_named_by_what_it_keeps_is_the_officers_post() -> None:
    sentence = _sentence("mohan-internship", "I am currently the VP of Treasury")
    flagged = _flagged(_check("mohan-internship", sentence))
    assert not any("VP" in text or "Treasury" in text for text in flagged), flagged
    assert _flagged(_check("mohan-internship", "I am currently the VP of Engineering for FAMNM."))


def test_a_place_the_writer_will_travel_to_is_no_claim() -> None:
    sentence = _sentence("satriawan-revalue", "However, over the next 2 years I will occasionally be travelling")
    assert "London" not in _flagged(_check("satriawan-revalue", sentence))
    assert "London" in _flagged(_check("satriawan-revalue", "I worked in London for a fintech start-up."))


def test_the_subject_of_a_chapter_the_writer_read_is_no_claim() -> None:
    sentence = _sentence("schelly-qualtrics", "After the chapter on automated testing with Mocha")
    assert _flagged(_check("schelly-qualtrics", sentence)) == []
    # a speciality the CV lacks (automated testing as a whole field is backed by its testing tools since the
    # field-of-work policy, tests/test_check_fields.py)
    assert "load testing" in _flagged(_check("schelly-qualtrics", "I wrote a chapter on load testing."))


def test_an_acronym_of_a_phrase_the_cv_writes_out() -> None:
    sentence = _sentence("seif-playstation", "With enough of the game completed")
    assert "NEAT" not in _flagged(_check("seif-playstation", sentence))  # NeuroEvolution of Augmenting Topologies
    assert "QRTZ" in _flagged(_check("seif-playstation", sentence.replace("NEAT", "QRTZ")))


def test_a_year_of_a_date_field_written_month_slash_year() -> None:
    # the offline writer's sentence for this CV (date "06/2019-08/2019", read as one start date)
    cv = PROFILES / "other/dev/yue-wu-data.json"
    sentence = ("At Alibaba Inc., where I was an Intern Data Visualization Engineer (2019), I constructed a "
                "Typescript-based backend 3D graph layout library to be integrated into Alibaba's internal tool chain.")
    assert _flagged(_check_with(cv, sentence)) == []
    assert "2012" in _flagged(_check_with(cv, sentence.replace("2019", "2012")))


def test_a_skill_spelling_that_is_no_word_heads_a_name_as_itself() -> None:
    # the offline writer's sentence for this CV ("Awarded SiteCore ASP.NET C# Developer Certification.")
    cv = PROFILES / "other/dev/ron-adams-text.md"
    sentence = ("During my time as a Senior SE at Boston Interactive, I was awarded SiteCore ASP.NET C# Developer "
                "Certification.")
    assert "C#" not in _flagged(_check_with(cv, sentence))
    assert "F#" in _flagged(_check_with(cv, sentence.replace("C#", "F#")))
