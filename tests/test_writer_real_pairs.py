"""The offline writer on real public CVs and real postings: which job is current, which lines are near the
posting, and how many employers a letter tells of."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from coverletter.job import load_job
from coverletter.match import match_profile
from coverletter.profile import load_profile
from coverletter.write.composer import compose_letter
from coverletter.write.values import _is_current

from fixture_paths import TEST_DATA

DAY = datetime.date(2026, 12, 2)
CVS = TEST_DATA / "profiles" / "real"
JOBS = TEST_DATA / "jobs" / "real" / "dev"


def _body(profile_path: Path, posting: str) -> list[str]:
    profile = load_profile(profile_path)
    job = load_job(JOBS / posting)
    letter = compose_letter(profile, job, match_profile(profile, job), today=DAY)
    return [p.text for p in letter.paragraphs]


def test_an_open_ended_old_job_is_not_current_beside_later_jobs() -> None:
    later = [("2010-03", "2012-05"), ("2015-01", "2020-06")]
    assert not _is_current(None, "2008-01", [("2008-01", None), *later])  # its end date was left out
    assert _is_current(None, "2021-09", [("2021-09", None), ("2022-06", "2022-09")])  # beside a summer internship
    assert not _is_current(None, "2019-01", [("2019-01", None), ("2023-01", None)])  # a later job still held
    assert _is_current("present", "2008-01", later)


def test_a_meetup_organiser_role_is_never_the_current_job() -> None:
    """Bruno de Oliveira's CV: CloudOps Engineer at Valtech since 2022 (no end date) and, since 2024, organiser
    of a user group. The letter says he works at Valtech, never that he works as an organiser."""
    body = _body(CVS / "jsonresume" / "holdout" / "bruno-de-oliveira.yaml",
                 "en-issue-wwr-agent-pronto-client-specialist.md")
    opening = body[0]
    assert re.search(r"(currently work as|I am) a CloudOps Engineer .*at Valtech", opening), opening
    assert "Organizer" not in " ".join(body)


def test_a_php_posting_finds_a_javascript_developers_web_work() -> None:
    """A one-line posting (web developers, PHP) against Artem Golovinsky's Markdown CV: besides his one PHP line,
    the letter tells of his React work, a skill of the same kind, rather than stopping after one sentence."""
    body = " ".join(_body(CVS / "other" / "dev" / "artem-golovinsky.md",
                          "en-issue-tech256-teksystems-web-developers.md"))
    assert "PHP" in body and "React" in body, body


def test_a_letter_tells_of_three_employers_or_four_when_three_leave_it_short() -> None:
    """Kyle Oliver's CV has six jobs with bullets; a senior developer letter tells of three of them, and of a
    fourth only because three leave it under the template's 250 words."""
    body = _body(CVS / "jsonresume" / "dev" / "kyle-oliver.json", "en-issue-citanz-intergen-senior-developer.md")
    middle = body[1:-1]
    employers = {"Joint Research for Demo", "Kinetic Vision", "SlashDB", "Brands Insurance", "Arcadia Redux"}
    told = {e for e in employers if any(e in p for p in middle)}
    assert 3 <= len(told) <= 4, told
    assert len(told) == 3 or sum(len(p.split()) for p in body) <= 330  # a fourth only to reach the band, never
    # past the template's target


def test_a_cv_with_nothing_near_the_posting_still_gets_its_letter() -> None:
    """Alexander Genovese's DOCX CV (research assistant in political science) for a recruitment coordinator: no
    line shares a word with the posting; the letter is short and honest, not a crash."""
    body = _body(CVS / "other" / "holdout" / "alexander-genovese.docx",
                 "en-issue-wwr-hotjar-recruitment-coordinator.md")
    assert "Hotjar" in body[0] and "University of Massachusetts" in body[0]


def test_the_current_job_is_named_whatever_language_identification_says_of_its_title() -> None:
    """Gus Dunn's LaTeX CV: Computational Scientist at Repertoire Immune Medicines since 2018. Language
    identification calls 'Computational Scientist Repertoire Immune Medicines' not English; the opening names
    it as his current job all the same, and calls no earlier postdoc his latest."""
    opening = _body(CVS / "other" / "holdout" / "gus-dunn.tex",
                    "en-code-cbl-cambridge-postdoc-continual-learning.md")[0]
    assert "Computational Scientist at Repertoire Immune Medicines" in opening, opening
    assert "Most recently" not in opening


def test_names_with_a_leading_dot_keep_their_space_and_withheld_contacts_are_not_printed() -> None:
    """Bruno de Oliveira's CV says 'using .NET, C#, and SQL Server'; the letter must not run it together into
    'using.NET'. Ron Adams's CV gives 'Upon request' as phone and address; no letterhead prints that."""
    bruno = " ".join(_body(CVS / "jsonresume" / "holdout" / "bruno-de-oliveira.yaml",
                           "en-issue-harris-local-government-software-developer.md"))
    assert "using .NET" in bruno and "using.NET" not in bruno
    profile = load_profile(CVS / "jsonresume" / "dev" / "ron-adams.json")
    job = load_job(JOBS / "en-issue-jobsity-backend-developer.md")
    letter = compose_letter(profile, job, match_profile(profile, job), today=DAY)
    sender = letter.sender
    assert "Upon request" not in " ".join(filter(None, [sender.phone, *sender.address_lines]))


def test_a_postdoc_letter_says_which_degree_the_applicant_holds() -> None:
    """Andrew Holliday (PhD at McGill from 2017, no end date) for a Cambridge postdoc that requires a PhD: a reader
    of set K found no word of the PhD in the letter. The opening names it, as the CV has it: begun in 2017 and
    never ended there, so studied for, never held (a fluent reader of the German letters caught a "finished"
    degree the CV does not show finished)."""
    body = _body(CVS / "jsonresume" / "holdout" / "andrew-holliday.json",
                 "en-code-cbl-cambridge-postdoc-continual-learning.md")
    assert "I studied for a PhD in Computer Science at McGill University from 2017" in body[0], body[0]
    assert "hold a PhD" not in " ".join(body)


def test_what_readers_of_set_l_found_wrong_in_the_opening() -> None:
    """Four openings of reading L: graduate study listed as a job (Ian Westfall, 'Graduate Student' at Boston
    University); a job begun after the current one called 'before that' (Jonathan Greenemeier: VIZIO 2021-2023
    beside T-Mobile since 2019); a degree said as 'a PhD, Biological Sciences' (Gus Dunn); a summary line that
    praises its writer ('constantly keeping up to date the newest ... technologies', Roee Shapira)."""
    ian = _body(CVS / "jsonresume" / "holdout" / "ian-westfall.yaml", "en-vele-career-coach-pathrise-wvzRS.md")[0]
    assert "Boston University" not in ian, ian
    jonathan = _body(CVS / "other" / "dev" / "jonathan-greenemeier-fresh.json",
                     "en-issue-jobsity-backend-developer.md")[0]
    assert not re.search(r"(Before that|Earlier in my career)[^.]*VIZIO", jonathan), jonathan
    gus = _body(CVS / "other" / "holdout" / "gus-dunn.tex", "en-rwlb-account-development-manager-lab.md")[0]
    assert "PhD, Biological" not in gus
    roee = " ".join(_body(CVS / "jsonresume" / "dev" / "roee-shapira.json",
                          "en-issue-partcycle-senior-web-developer.md"))
    assert "constantly" not in roee and "state-of-the-art" not in roee


def test_the_current_jobs_work_comes_before_an_old_internship() -> None:
    """Abhishek Keshri (Tech Lead at Incubyte since 2021; a two-month internship in 2018) for a senior back-end
    role: a reader of set L found the letter leading with the internship's Android app."""
    body = _body(CVS / "other" / "dev" / "abhishek-keshri.md", "en-issue-jobsity-backend-developer.md")
    assert "Incubyte" in body[1] and "Edifixio" not in body[1], body[1]


def test_a_degree_in_progress_is_never_said_as_held() -> None:
    """Reading M: 'I hold a PhD Candidate in Earth Science ...' (Moyo Ajayi's PhD is in progress; the PDF reader
    found no end date, so the writer took it for finished): a truth failure."""
    moyo = _body(CVS / "other" / "holdout" / "moyo-ajayi.pdf",
                 "en-code-darulab-postdoc-biogeography.md")[0]
    assert "I hold a PhD Candidate" not in moyo, moyo


def test_the_postings_frameworks_that_the_cv_lists_are_named_and_the_current_job_leads() -> None:
    """Abhishek Keshri's CV (Tech Lead at Incubyte since 2021; a month's internship in 2018) lists Ruby on Rails,
    React and Node.js among its skills, and PartCycle asks for a backend and a frontend framework "(Rails, Node,
    Django, etc.)". A reader of set N saw the letter lead with the internship and never name Rails: the letter
    names the frameworks once, and tells of Incubyte before Edifixio."""
    body = " ".join(_body(CVS / "other" / "dev" / "abhishek-keshri.md", "en-issue-partcycle-senior-web-developer.md"))
    assert all(body.count(name) == 1 for name in ("Ruby on Rails", "React", "Node.js")), body
    assert "which your posting names" not in body  # reading O: readers took it for keyword matching
    assert "Django" not in body and "Angular" not in body  # choices the CV does not list are not claimed
    assert body.index("at Incubyte, I") < body.index("Edifixio (2018"), body


def test_a_figure_is_told_once() -> None:
    """Kyle Oliver's CV tells of a game with "around 1.2 million players" and "a large community of 1.2 Million
    players" in two lines of one job; a reader of set N saw both in one paragraph."""
    posting = next((JOBS.parent).glob("*/en-code-jugtorino-alfresco-test-engineer.md"))
    profile = load_profile(CVS / "jsonresume" / "dev" / "kyle-oliver.json")
    job = load_job(posting)
    body = compose_letter(profile, job, match_profile(profile, job), today=DAY).body
    assert body.casefold().count("1.2 million") == 1, body
    from coverletter.write.draft import _figures

    assert _figures("a community of 1.2 Million players, 38% faster, in 2021 for Dota 2") == {"1.2 million", "38"}


def test_one_tool_is_named_alone_only_when_the_title_names_it() -> None:
    """Reading O: "I work with Node, which your posting names." and GitHub taken from a posting's greeting ("Hi
    GitHub community!"); and a Senior Ruby on Rails letter that never named Rails, which the CV lists."""
    rails = " ".join(_body(CVS / "other" / "dev" / "abhishek-keshri.md",
                           "en-issue-wwr-dvelp-senior-rails-developer.md"))
    assert "Ruby on Rails" in rails, rails
    jobsity = " ".join(_body(CVS / "other" / "holdout" / "houssam-abouiba.md", "en-issue-jobsity-backend-developer.md"))
    assert "GitHub" not in jobsity, jobsity


def test_graduate_study_is_no_work_and_an_internship_is_not_what_the_close_offers() -> None:
    """Reading O (Ian Westfall for an assistant project manager post): "My experience includes work as a Graduate
    Student at Boston University" and a close on "my work at State Farm", a two-month internship of 2020."""
    body = _body(CVS / "jsonresume" / "holdout" / "ian-westfall.yaml",
                 "en-vele-assistant-project-manager-remote-bit-zesty-LZVOE.md")
    assert "Graduate Student" not in " ".join(body)
    assert "State Farm" not in body[-1], body[-1]


def test_a_field_the_posting_asks_for_is_answered_from_the_cvs_group_of_it() -> None:
    """Reading O: Roee Shapira (front-end titles; his skills list has a "Back End" group: Node.js, Rust, REST,
    ...) applied for Jobsity's backend post with no word of backend work."""
    opening = _body(CVS / "jsonresume" / "dev" / "roee-shapira.json", "en-issue-jobsity-backend-developer.md")[0]
    assert "For backend development, I work with Node.js" in opening, opening


def test_a_skills_group_written_in_markdown_is_said_without_its_marks() -> None:
    """Reading P: "For backend development, I work with \\`Node\\`, ..." from Yitao Liu's skills list, whose
    keywords are Markdown code ("`Node`")."""
    body = _body(CVS / "other" / "dev" / "yitao-liu.json", "en-issue-jobsity-backend-developer.md")
    assert "For backend development, I work with" in body[0], body[0]  # Node is told with the line naming it
    assert "Node" in " ".join(body) and "`" not in " ".join(body), body


def test_years_of_experience_asked_are_answered_from_the_cvs_dated_jobs() -> None:
    """Jobsity asks for "+3 years of experience"; readers of sets N and O noted no letter answered it. Bruno de
    Oliveira's dated jobs (no internship, no organiser's role) run from 2017 to the latest date his CV writes.
    A job held to "present" counts only to that date: Roee Shapira's CV ends in 2019, and a reader of set P caught
    "9 years" beside a CV's own "6+"."""
    opening = _body(CVS / "jsonresume" / "holdout" / "bruno-de-oliveira.yaml",
                    "en-issue-jobsity-backend-developer.md")[0]
    assert re.search(r"I have at least \d years of professional experience\.", opening), opening
    from coverletter.job.model import Job
    from coverletter.profile import load_profile
    from coverletter.write.asks import years_line

    roee = load_profile(CVS / "jsonresume" / "dev" / "roee-shapira.json")
    three = Job(raw_text="", source="t", requirements=["+3 years of experience"])
    assert years_line(roee, three, DAY) == ""  # 2018-10 to 2019-04 as the CV writes it: not three years



def test_a_line_that_answers_no_line_of_the_posting_is_not_led_by_its_keywords() -> None:
    """Readers of sets N and O took "Your posting mentions social media and cloud infrastructure; at ..." for
    keyword matching: a paragraph chosen for the posting as a whole opens on where and what, not on its words."""
    body = " ".join(_body(CVS / "other" / "dev" / "benjamin-balter.pdf", "en-gov-tts-talent-acquisition-partner.html"))
    assert "Your posting mentions" not in body, body


def test_a_student_says_when_the_studies_end_and_no_earlier_job_is_alongside_them() -> None:
    """Reading P (the example profile for Jobsity's backend post): "never says when the PhD ends", and "Outside my
    studies, I have worked at Northwind Cloud and Kestrel Analytics" when Kestrel (2018–2021) came before the PhD
    (2021–2027)."""
    from fixture_paths import ROOT

    profile = load_profile(ROOT / "examples" / "profile.json")
    job = load_job(JOBS / "en-issue-jobsity-backend-developer.md")
    opening = compose_letter(profile, job, match_profile(profile, job), today=DAY).paragraphs[0].text
    assert "May 2027" in opening, opening
    assert not re.search(r"(Alongside|Outside) my studies", opening), opening


def test_reading_q_frames_old_roles_and_the_postings_own_tools() -> None:
    """Reading Q: "At SlashDB, where I was a Full Stack Developer (2021–2022), I worked as a full stack developer
    on ..." (the title said twice); Brendan Veninga's "For frontend development, I work with Vue, Angular and
    Next.js." for a ReactJS post, React left out because the title said 'ReactJS'."""
    from coverletter.write.draft import Setting, _lead
    from coverletter.write.pieces import Piece

    setting = Setting(job=load_job(JOBS / "en-issue-jobsity-backend-developer.md"), employer="Jobsity",
                      role="the position", title=None, seed="t")
    piece = Piece(id="work[2].highlights[0]", kind="highlight", clause="worked as a full stack developer on a "
                  "Python Pyramid application", entry="work[2]", section="work", org="SlashDB",
                  position="Full Stack Developer", when="2021–2022", current=False)
    lead = _lead(piece, setting, first_of_letter=False)
    assert lead.count("ull Stack Developer") + lead.count("ull stack developer") == 1, lead
    opening = _body(CVS / "jsonresume" / "dev" / "brendan-veninga.yaml", "en-issue-callisto-frontend-developer.md")[0]
    assert "For frontend development, I work with React" in opening, opening
