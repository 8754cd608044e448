"""The offline letter carries the CV's evidence that the posting's core asks for (readers of set P found it left
out): each rule on the real pair that showed it, asserting the fact, never the wording."""

from __future__ import annotations

import datetime
from pathlib import Path

from coverletter.job import load_job
from coverletter.match import match_profile
from coverletter.profile import load_profile
from coverletter.write.composer import compose_letter

from fixture_paths import TEST_DATA

DAY = datetime.date(2026, 12, 2)
CVS = TEST_DATA / "profiles" / "real"
JOBS = TEST_DATA / "jobs" / "real" / "dev"


def _letter(profile_path: Path, posting: str) -> str:
    profile = load_profile(profile_path)
    job = load_job(JOBS / posting)
    letter = compose_letter(profile, job, match_profile(profile, job), today=DAY)
    return " ".join(p.text for p in letter.paragraphs)


def test_a_teaching_licence_answers_the_postings_credential_line() -> None:
    """Ethan Peritz, a maths teacher with a Massachusetts DESE licence in Mathematics, for a grades 7-8 teacher
    posting whose first requirement is a credential: the matcher finds the licence (a certificate of his trade,
    the 'Mathematics' of his teaching titles) and the letter names it, though the fit is weak."""
    profile = load_profile(CVS / "other" / "holdout" / "ethan-peritz.md")
    job = load_job(JOBS / "en-page-applitrack-fairfax-teacher-grades-7-8.txt")
    credential = next(i for i in match_profile(profile, job).items if i.requirement.startswith("Credential"))
    assert credential.strength != "none" and credential.evidence[0].kind == "certificate", credential
    body = _letter(CVS / "other" / "holdout" / "ethan-peritz.md", "en-page-applitrack-fairfax-teacher-grades-7-8.txt")
    assert "DESE" in body, body


def test_a_certificate_of_another_trade_answers_no_licence_line() -> None:
    """Seven Brooksby's certificates are in Microsoft Word and marketing: none answers the CDL posting's licence
    lines ('Any license suspensions ...'), nor a welding posting's certification line."""
    cases = [("seven-brooksby.docx", "en-page-jobviewtrack-usa-cdl-otr-truck-driver.txt"),
             ("seven-brooksby.docx", "fr-rwlb-ingenieur-qualite-soudage.md"),
             ("alexander-genovese.docx", "fr-rwlb-ingenieur-qualite-soudage.md")]  # a welding certificate asked:
    # neither 'Microsoft Word' nor a Dean's List answers it (a one-letter word, 's', once made them meet)
    for cv, posting in cases:
        profile = load_profile(CVS / "other" / "holdout" / cv)
        for item in match_profile(profile, load_job(JOBS / posting)).items:
            assert not any(ev.kind == "certificate" for ev in item.evidence), item


def test_a_look_alike_cvs_project_bullets_are_its_highlights() -> None:
    """Yue Wu's CV (info/work[].company layout) lists projects with 'bullets' and a 'position': they are the
    project's highlights and role, so the web developer letter tells of the React/Express project."""
    profile = load_profile(CVS / "other" / "dev" / "yue-wu-data.json")
    assert profile.projects[0].highlights and profile.projects[0].roles == ["Full Stack Developer"]
    body = _letter(CVS / "other" / "dev" / "yue-wu-data.json", "en-issue-partcycle-senior-web-developer.md")
    assert "Express" in body and "React" in body, body


def test_a_line_naming_the_cvs_own_backend_tools_answers_a_backend_posting() -> None:
    """Yitao Liu's skills list files Node under 'backend'; his one backend line ('Develop data platform for
    streamers based on Express and Node') shares no word with a two-line backend posting, and is still told.
    The list's 'Others' is no skill to name."""
    body = _letter(CVS / "other" / "dev" / "yitao-liu.json", "en-issue-jobsity-backend-developer.md")
    assert "data platform" in body, body
    assert "Others" not in body and "`" not in body, body


def test_a_job_description_list_of_duties_is_the_roles_duties() -> None:
    """The CTO posting lists its duties under '**JOB DESCRIPTION**' ('Formulate a plan ...', 'Source, employ, and
    integrate ...'): most open on a verb's base form, so they are responsibilities, not the company's prose."""
    job = load_job(JOBS / "en-issue-awesome-jobs-vn-pegasi-cto.md")
    assert any(line.startswith("Lead and guide the development team") for line in job.responsibilities), job
    assert not any(line.startswith("Formulate a plan") for line in job.about)


def test_a_cto_letter_opens_on_the_team_the_applicant_led() -> None:
    """Brendan Veninga (Backend Developer & Team Lead) and Ron Adams (Consumer Tech Lead) for a CTO posting about
    building and leading a team: a weak fit, and its letter tells first of the team each one led."""
    for cv in (CVS / "jsonresume" / "dev" / "brendan-veninga.yaml", CVS / "jsonresume" / "dev" / "ron-adams.json"):
        profile = load_profile(cv)
        job = load_job(JOBS / "en-issue-awesome-jobs-vn-pegasi-cto.md")
        letter = compose_letter(profile, job, match_profile(profile, job), today=DAY)
        first_point = letter.paragraphs[1].text
        assert "led a" in first_point and "team" in first_point, first_point


def test_a_weak_fits_letter_tells_first_of_the_job_in_the_postings_trade() -> None:
    """Seven Brooksby (Amazon Driver, before that car sales) for a Class A truck driver posting whose conditions
    repeat 'months': his driving-safety record leads, not the car salesman's 'cars per month'."""
    profile = load_profile(CVS / "other" / "holdout" / "seven-brooksby.docx")
    job = load_job(JOBS / "en-page-jobviewtrack-usa-cdl-otr-truck-driver.txt")
    letter = compose_letter(profile, job, match_profile(profile, job), today=DAY)
    first_point = letter.paragraphs[1].text
    assert "safely" in first_point and "Safety" in first_point, first_point
    assert first_point.index("safely") < first_point.find("cars") or "cars" not in first_point, first_point


def test_a_skill_named_by_its_verb_is_backed() -> None:
    """'teaching' asked, 'Teach 100+ students' on Ethan Peritz's CV; 'recruiting' asked, 'Recruited a team of four
    sales reps' on Seven Brooksby's: lemminflect's forms of the verb back the skill. A phrasal 'accounted for' and
    a verb form that is also a noun ('recruit', 'market') back nothing."""
    from coverletter.match.coverage import _verb_forms

    assert "taught" in _verb_forms("teaching") and "market" not in _verb_forms("marketing")
    assert "recruit" not in _verb_forms("recruiting")
    cases = [(CVS / "other" / "holdout" / "ethan-peritz.md", "en-page-applitrack-fairfax-teacher-grades-7-8.txt",
              "teaching", "Teach 100+ students"),
             (CVS / "other" / "holdout" / "seven-brooksby.docx", "en-issue-awesome-jobs-vn-pegasi-cto.md",
              "recruiting", "Recruited")]
    for cv, posting, skill, line in cases:
        profile = load_profile(cv)
        item = next(i for i in match_profile(profile, load_job(JOBS / posting)).items if i.requirement == skill)
        assert item.strength == "strong" and any(line in ev.text for ev in item.evidence), item


def test_the_weak_fit_notice_names_the_skill_of_the_postings_title() -> None:
    """Jonathan Greenemeier's CV names no Ruby: for a 'Senior Ruby on Rails Developer' posting, generate's weak-fit
    line says Ruby on Rails is what the profile lacks (a reader of set P looked for it first)."""
    from coverletter.write.pieces import build_pieces
    from coverletter.write.plan import make_outline

    profile = load_profile(CVS / "other" / "dev" / "jonathan-greenemeier-fresh.json")
    job = load_job(JOBS / "en-issue-wwr-dvelp-senior-rails-developer.md")
    outline = make_outline(profile, job, match_profile(profile, job), build_pieces(profile, DAY), today=DAY)
    assert outline.weak_fit and outline.missing[:1] == ["Ruby on Rails"], outline.missing


def test_a_verb_backs_its_skill_only_where_it_is_the_lines_verb() -> None:
    """'Mainly self-taught' is no teaching and 'the log collection system' no logging (Carlos Riera's and Artem
    Golovinsky's lines); 'Taught two courses' is teaching, 'Log incidents ...' opening a line is logging."""
    from coverletter.job.model import Job
    from coverletter.profile import profile_from_data

    lines = ["Mainly self-taught, love solving complex problems", "Improved the log collection system",
             "Taught two courses on statistics", "Log incidents and escalate them"]
    profile = profile_from_data({"basics": {"name": "A B"},
                                 "work": [{"name": "Acme", "position": "Engineer", "highlights": lines}]})
    job = Job(raw_text="", source="test", title="Tutor", skills=["teaching", "logging"])
    items = {i.requirement: i for i in match_profile(profile, job).items}
    assert [ev.text for ev in items["teaching"].evidence] == [lines[2]], items["teaching"]
    assert [ev.text for ev in items["logging"].evidence] == [lines[3]], items["logging"]
