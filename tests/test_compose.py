"""The offline composer: specific, truthful letters in the word band, from every built-in template."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from coverletter.errors import TemplateError
from coverletter.job import load_job
from coverletter.job.model import Job
from coverletter.letter import Letter
from coverletter.match.coverage import match_profile
from coverletter.paths import builtin_templates_dir
from coverletter.profile import load_profile
from coverletter.profile.model import Profile
from coverletter.write.composer import compose_letter
from coverletter.write.english import applicant_voice, first_person, topic_of
from coverletter.write.selection import specificity
from coverletter.write.skill_guard import SkillGuard, _profile_text
from coverletter.write.views import EvidenceView

from fixture_paths import EXAMPLES, RENDERCV_PROFILE, SAMPLE_PROFILE, SEED_POSTING
from helpers import value_at

DAY = datetime.date(2026, 11, 27)
TEMPLATES = ("default", "concise", "academic")
# Shared-fixture profiles: tests that read them also ask for `shared_fixtures`, which skips when they are absent.
PROFILES = (SAMPLE_PROFILE, RENDERCV_PROFILE)
LEFTOVER = re.compile(r"\[[A-Z][^\]\n]{0,40}\]|\{\{|\}\}|\{%|%\}|\bNone\b|\bnull\b|\bTODO\b|<[A-Z][A-Z _]{2,}>|"
                      r"Company Name|Your Name|\bat ,|\(\s*\)|  |\s[,.]", re.I)
CLICHES = ("i am writing to express my interest", "passionate", "leverage", "delve", "synergy",
           "thrilled", "excited to apply", "perfect fit", "team player")
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")


def _compose(profile: Profile, job: Job, **options: object) -> Letter:
    return compose_letter(profile, job, match_profile(profile, job), today=DAY, **options)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.casefold())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _sameness(a: str, b: str) -> float:
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / min(len(ta), len(tb))


@pytest.fixture(scope="module")
def seed_job(shared_fixtures: Path) -> Job:
    return load_job(SEED_POSTING)


@pytest.fixture(scope="module")
def shared_jobs(shared_fixtures: Path, seed_job: Job) -> list[Job]:
    """The seed posting and every shared posting but the JSON ones, each read once for the module."""
    others = sorted(p for p in (shared_fixtures / "jobs").iterdir() if not p.name.endswith(".json"))
    return [seed_job, *(load_job(p) for p in others)]


@pytest.fixture
def richard(shared_fixtures: Path) -> Profile:
    return load_profile(SAMPLE_PROFILE)


@pytest.fixture
def john(shared_fixtures: Path) -> Profile:
    return load_profile(RENDERCV_PROFILE)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("profile_path", PROFILES, ids=lambda p: p.name[:12])
def test_every_template_writes_a_specific_truthful_letter(template: str, profile_path: Path, seed_job: Job,
                                                         shared_fixtures: Path) -> None:
    profile = load_profile(profile_path)
    letter = _compose(profile, seed_job, template=template)
    body = letter.body
    weak = _outline(profile, seed_job).weak_fit  # a weak fit stays short and honest: no padding with unrelated lines
    low, high = ((90 if weak else 120), 260) if template == "concise" else ((90, 300) if weak else (250, 400))
    assert low <= letter.word_count <= high, (template, letter.word_count)
    assert not LEFTOVER.findall(body), LEFTOVER.findall(body)
    assert "MisuJob" not in body
    assert "Dropbox" in body and letter.salutation == "Dear Dropbox hiring team,"
    assert not [c for c in CLICHES if c in body.casefold()]
    # every claim is traceable: each paragraph's evidence ids resolve in the profile
    data = profile.to_dict()
    cited = [ev for p in letter.paragraphs for ev in p.evidence]
    assert len(cited) >= 3
    for ev_id in cited:
        assert value_at(data, ev_id), ev_id
    # only the profile's skills and numbers (or the posting's numbers)
    guard = SkillGuard(_profile_text(profile))
    assert guard.unbacked(body) == []
    source = f"{profile_path.read_text()}\n{seed_job.raw_text}"
    assert [n for n in NUMBER.findall(body) if n not in source] == []


def test_a_thin_profile_never_names_the_skills_it_lacks(seed_job: Job, richard: Profile) -> None:
    body = _compose(richard, seed_job).body  # a programmer with HTML/CSS/JavaScript, no Rust, Go or C++
    for term in ("Rust", "C++", "Golang", "machine learning", "AI/ML"):
        assert term not in body
    assert "this internship" in body  # the title names AI/ML, which this profile does not back


def test_paragraphs_carry_the_evidence_they_quote(seed_job: Job, john: Profile) -> None:
    profile = john
    letter = _compose(profile, seed_job)
    data = profile.to_dict()
    for paragraph in letter.paragraphs:
        for ev_id in paragraph.evidence:
            value = value_at(data, ev_id)
            words = re.findall(r"[A-Za-z]{5,}", str(value))[:3]
            assert any(w in paragraph.text for w in words), (ev_id, paragraph.text)
    # the opening cites only who the applicant is (a degree, a role, the summary); the evidence proper starts
    # in the second paragraph
    whom = {f"education[{i}]" for i in range(len(profile.education))} | {f"work[{i}]" for i in range(len(profile.work))}
    assert set(letter.paragraphs[0].evidence) <= whom | {"basics.summary"}
    assert all(p.evidence for p in letter.paragraphs[1:-1])
    assert letter.meta.template.endswith("default.md.j2")


def test_two_postings_and_two_profiles_give_clearly_different_letters(
    shared_fixtures: Path, seed_job: Job, john: Profile, richard: Profile
) -> None:
    """Two postings for one rich profile, or two profiles for one posting, give clearly different letters."""
    sre = load_job(shared_fixtures / "jobs" / "04-sre-crunch.md")
    assert _sameness(_compose(john, seed_job).body, _compose(john, sre).body) < 0.6
    assert _sameness(_compose(john, seed_job).body, _compose(richard, seed_job).body) < 0.6


def test_the_same_inputs_give_the_same_letter(seed_job: Job, richard: Profile) -> None:
    assert _compose(richard, seed_job).body == _compose(richard, seed_job).body


def _outline(profile: Profile, job: Job):
    from coverletter.match import match_profile
    from coverletter.write.pieces import build_pieces
    from coverletter.write.plan import make_outline

    return make_outline(profile, job, match_profile(profile, job), build_pieces(profile))


def _small_profile() -> Profile:
    return Profile.from_dict({
        "basics": {"name": "Ada Lovelace", "label": "Analyst"},
        "work": [{"name": "Analytical Engines Ltd", "position": "Analyst", "startDate": "2019-01",
                  "highlights": ["Wrote the first published algorithm for the engine",
                                 "Designed a notation for loops in engine programs"]}],
        "education": [{"institution": "University of London", "area": "Mathematics", "studyType": "Bachelor",
                       "startDate": "2015", "endDate": "2018"}],
        "skills": [{"name": "Mathematics", "keywords": ["Python", "statistics"]}],
    }, source="ada.json")


def test_a_posting_is_data_never_a_template() -> None:
    job = Job(raw_text="posting", source="p.txt", company="ACME {{ 7*7 }}", title="Analyst {% raw %}",
              requirements=["Experience with {{ 7*7 }} engines and {% for x in y %} loops",
                            "Python for analysis"],
              responsibilities=["Write {% for x in y %} loops for the engine"])
    letter = _compose(_small_profile(), job)
    whole = f"{letter.subject}\n{letter.salutation}\n{letter.body}"
    assert "ACME {{ 7*7 }}" in letter.body
    assert "{{ 7*7 }}" in letter.salutation and letter.subject == "Application: Analyst {% raw %}"
    assert "Analyst {% raw %}" in letter.body
    assert "49" not in whole


def test_no_company_and_no_title_leave_no_gap() -> None:
    job = Job(raw_text="posting", source="p.txt", requirements=["Python for data analysis"])
    letter = _compose(_small_profile(), job)
    assert letter.salutation == "Dear Hiring Manager,"
    assert letter.subject is None
    assert "your organisation" in letter.body and "this position" in letter.body
    assert not LEFTOVER.findall(letter.body)


def test_gap_policies(shared_fixtures: Path) -> None:
    profile = _small_profile()
    job = Job(raw_text="posting", source="p.txt", company="ACME", title="Data Analyst",
              requirements=["Python for data analysis", "Experience with Kubernetes clusters"])
    omit = _compose(profile, job).body
    acknowledge = _compose(profile, job, gaps="acknowledge").body
    adjacent = _compose(profile, job, gaps="adjacent").body
    assert "Kubernetes" not in omit
    assert "asks for experience with Kubernetes clusters, which my CV does not show yet" in acknowledge
    assert "I have not yet worked with Kubernetes clusters" in adjacent and "does not show yet" not in adjacent
    with pytest.raises(Exception, match="unknown gap policy"):
        _compose(profile, job, gaps="hide")


def test_a_users_copy_of_the_default_changes_the_next_letter(
    isolated_user_dir: Path, seed_job: Job, richard: Profile
) -> None:
    builtin = (builtin_templates_dir() / "letters" / "default.md.j2").read_text()
    marker = "My own closing line: thank you for reading."
    mine = isolated_user_dir / "templates" / "letters" / "default.md.j2"
    mine.parent.mkdir(parents=True)
    mine.write_text(f"{builtin}\n{marker}\n")
    letter = _compose(richard, seed_job)
    assert letter.paragraphs[-1].text.endswith(marker)
    assert letter.meta.template == str(mine)


def test_a_broken_template_is_one_error_with_file_and_line(tmp_path: Path, seed_job: Job, richard: Profile) -> None:
    broken = tmp_path / "broken.md.j2"
    broken.write_text("I apply to {{ job.employer }}.\n\n{{ profile.nmae }}\n")
    expected = r"broken\.md\.j2:3: ProfileView has no attribute 'nmae' \(did you mean 'name'\?\)"
    with pytest.raises(TemplateError, match=expected):
        _compose(richard, seed_job, template=str(broken))


def test_first_person_summary_sentences() -> None:
    assert first_person("Richard hails from Tulsa.", "Richard Hendriks") == "I hail from Tulsa."
    assert first_person("Before that, he worked for Hooli.", "Richard Hendriks") == \
        "Before that, I worked for Hooli."
    assert first_person("Backend engineer with 8 years in payments.", "Ann Lee") is None
    assert first_person("I build compilers.", "Ann Lee") == "I build compilers."


def test_topics_are_short_phrases_of_the_posting() -> None:
    assert topic_of("• Strong coding skills (e.g., Python, Rust) plus an ability to iterate.") == \
        "strong coding skills"
    assert topic_of("You have 3+ years in a financial operations role.") == \
        "3+ years in a financial operations role"


def test_the_letter_follows_the_postings_language_or_the_one_asked_for(tmp_path: Path) -> None:
    german_posting = Job(raw_text="Stelle", source="p.txt", company="ACME", title="Analystin", language="de",
                         requirements=["Python für Datenanalyse"])
    german = _compose(_small_profile(), german_posting)  # a built-in template follows the posting
    assert german.language == "de" and german.salutation == "Sehr geehrte Damen und Herren,"
    assert german.closing == "Mit freundlichen Grüßen" and german.subject == "Bewerbung als Analystin"
    assert not any("body is in" in n for n in german.meta.fit_notices)  # the body is German too (write/lang)
    assert "ACME" in german.body and "Analystin" in german.body
    french = _compose(_small_profile(), german_posting, language="fr")  # --language wins
    assert french.salutation == "Madame, Monsieur," and french.subject == "Candidature au poste d'Analystin"
    english = _compose(_small_profile(), german_posting, language="en")
    assert english.salutation == "Dear ACME hiring team,"
    assert not any("body is in" in n for n in english.meta.fit_notices)


def test_a_template_in_one_language_makes_the_letter_that_language(tmp_path: Path) -> None:
    german_posting = Job(raw_text="Stelle", source="p.txt", company="ACME", title="Analystin", language="de",
                         requirements=["Python für Datenanalyse"])
    mine = tmp_path / "brief.md.j2"
    mine.write_text("{# description: Kurz.\n   language: de #}\nIch bewerbe mich bei {{ job.employer }}.\n")
    german = _compose(_small_profile(), german_posting, template=str(mine), language="de")
    assert german.salutation == "Sehr geehrte Damen und Herren," and german.closing == "Mit freundlichen Grüßen"
    assert german.body == "Ich bewerbe mich bei ACME."
    assert not any("body is in" in n for n in german.meta.fit_notices)  # too short to tell: no false alarm
    with pytest.raises(TemplateError, match=r"written in 'de' \(German\), not 'fr' \(French\)") as caught:
        _compose(_small_profile(), german_posting, template=str(mine), language="fr")
    assert "\n" not in str(caught.value)
    english = tmp_path / "old.md.j2"  # a template that declares nothing is English, whatever the posting
    english.write_text("{# description: Short. #}\nI apply to {{ job.employer }}.\n")
    assert _compose(_small_profile(), german_posting, template=str(english)).salutation == "Dear ACME hiring team,"
    with pytest.raises(TemplateError, match="written in 'en' \\(English\\), not 'de'"):
        _compose(_small_profile(), german_posting, template=str(english), language="de")


@pytest.mark.parametrize("profile_path", [
    pytest.param(PROFILES[0], marks=pytest.mark.xfail(
        strict=True, reason="known shortfall: a thin profile that fits none of the postings says the same few facts "
                            "in every letter (sameness about 0.8); see CHANGELOG")),
    pytest.param(PROFILES[1], marks=pytest.mark.xfail(
        strict=True, reason="known shortfall (session 6): a weak fit now leads with the lines nearest the posting's "
                            "title, and for John Doe (a CTO) the SRE and the staff-accountant letters both choose "
                            "the same two Nexus AI lines (sameness 0.67)")),
    *PROFILES[2:]], ids=lambda p: p.name[:12])
def test_default_letters_for_every_shared_posting_differ_and_fit_the_band(shared_fixtures: Path, profile_path: Path,
                                                                         shared_jobs: list[Job]) -> None:
    profile = load_profile(profile_path)
    letters = [_compose(profile, job) for job in shared_jobs]
    bands = [(90, 300) if _outline(profile, job).weak_fit else (200, 400) for job in shared_jobs]
    counts = [x.word_count for x in letters]
    assert all(lo <= n <= hi for n, (lo, hi) in zip(counts, bands, strict=True)), (counts, bands)
    worst = max(_sameness(a.body, b.body) for i, a in enumerate(letters) for b in letters[i + 1:])
    assert worst < 0.6, (profile_path, worst)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_profile_with_only_a_name_gets_a_short_honest_letter(template: str) -> None:
    profile = Profile.from_dict({"basics": {"name": "Sam Doe"}}, source="sam.json")
    job = Job(raw_text="posting", source="p.txt", company="ACME", title="Baker",
              requirements=["Baking for 200 guests"], responsibilities=["Run the bakery"])
    letter = _compose(profile, job, template=template)
    assert letter.body.startswith(("I am applying", "I would like", "Please", "This is my"))
    assert "ACME" in letter.body
    assert "Baker" in letter.body and letter.word_count < 80  # nothing to tell: short, and no duty slotted in
    assert "above" not in letter.body  # nothing above to point at
    assert letter.evidence_ids == []
    assert not LEFTOVER.findall(letter.body)


def test_no_template_writes_a_cliche_or_an_unsupported_claim(shared_fixtures: Path, shared_jobs: list[Job]) -> None:
    """Every built-in template x both shared profiles x every shared posting: zero cliché hits and zero
    unsupported claims by the letter checker, and no posting line quoted twice."""
    from coverletter.check.report import check_letter

    for profile_name in (*PROFILES, EXAMPLES / "profile.json"):
        profile = load_profile(profile_name)
        for job in shared_jobs:
            for template in TEMPLATES:
                letter = _compose(profile, job, template=template)
                report = check_letter(letter, profile, job)
                assert report.cliches == [], (template, profile_name, report.cliches)
                assert [c.text for c in report.claims if not c.supported] == [], (template, profile_name)
                quotes = re.findall(r"“([^”]+)”", letter.body)
                asked = [q for q in quotes if q.casefold() in job.raw_text.casefold()]
                assert len(asked) == len(set(asked)), asked


def test_duties_are_said_in_the_applicants_voice() -> None:
    voice = applicant_voice
    assert voice("write a design document and present your findings to the infrastructure team") == \
        "write a design document and present my findings to the infrastructure team"
    assert voice("improve how we store and cache our training data") == \
        "improve how you store and cache your training data"
    assert voice("help you grow the platform") is None  # still speaks to the reader
    assert voice("hold a degree in Computer Science or a related") is None  # cut mid-thought


def test_the_strongest_most_specific_evidence_leads() -> None:
    profile = load_profile(EXAMPLES / "profile.json")
    job = load_job(EXAMPLES / "posting.txt")
    letter = _compose(profile, job)
    opening, lead = letter.paragraphs[0].text, letter.paragraphs[1].text
    assert "Tidewater Labs" in opening and "PhD in Computer Science" in opening
    assert "BASc" not in opening and "My degree is" not in letter.body
    assert "Loomcache" in lead or "2 billion" in lead  # a named system or a figure, not a skills line
    assert "your findings" not in letter.body and "On “" not in letter.body
    assert "(PhD, Summer 2027)" not in letter.body  # the subject line carries the full title
    views = [EvidenceView(id="a", text="Python, Rust, Go", kind="skill", context="", score=1.0),
             EvidenceView(id="b", text="Cut stalls by 38% on a 64-GPU cluster with Loomcache",
                                  kind="highlight", context="", score=1.0)]
    assert specificity(views[1]) > 2 * specificity(views[0])


def test_a_posting_in_another_language_is_not_quoted() -> None:
    job = Job(raw_text="oferta", source="p.txt", company="Frutas Albufera", title="Analista", language="es",
              requirements=["Dominio de Python para análisis de datos"],
              responsibilities=["Preparar informes mensuales para la dirección"])
    letter = _compose(_small_profile(), job)
    assert "“" not in letter.body and "Preparar" not in letter.body and "Dominio" not in letter.body
    assert "Frutas Albufera" in letter.body


def test_the_letter_date_decides_whether_a_degree_is_ongoing() -> None:
    from coverletter import api

    profile = api.load_profile(EXAMPLES / "profile.json")  # PhD 2021-09 to 2027-05
    job = api.load_job(EXAMPLES / "posting.txt")
    matched = api.match(profile, job)
    before = api.compose(profile, job, matched, today=datetime.date(2026, 11, 27))
    after = api.compose(profile, job, matched, today=datetime.date(2028, 1, 15))
    assert "studying for a PhD" in before.body and "I expect to graduate in May 2027" in before.body
    assert "studying for a PhD" not in after.body and "expect to graduate" not in after.body
    assert after.date == "January 15, 2028"  # a US sender writes the month first
